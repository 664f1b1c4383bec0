package dev.skillsite.skill;

import java.util.Arrays;

/**
 * Line numbers of offsets in one text, by binary search over where each line starts. flexmark's
 * {@code Node.getStartLineNumber()} rescans the document from its start on every call unless the
 * parser tracks lines, so asking it for every table row of a large SKILL.md costs rows × size;
 * this index is built once, in one pass, and answers each offset in log(lines).
 */
public final class LineIndex {
    private final int[] starts;
    private final int count;

    private LineIndex(int[] starts, int count) {
        this.starts = starts;
        this.count = count;
    }

    /** Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as flexmark counts them. */
    public static LineIndex of(CharSequence text) {
        int[] starts = new int[64];
        int count = 1; // line 0 starts at 0
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(starts, count);
    }

    /** The 0-based line of the character at this offset: what flexmark's {@code Document.getLineNumber} answers. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found : -found - 2;
    }
}
