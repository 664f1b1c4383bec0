package dev.skillsite.skill;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** LineIndex answers what flexmark's own line lookup answers, in log(lines) rather than a rescan. */
class LineIndexTest {
    @Test
    void answersEveryOffsetAsFlexmarkDoes() {
        Parser parser = Parser.builder(new MutableDataSet()).build();
        for (String text : new String[] {"", "a", "\n", "# T\n\ntext\n", "a\r\nb\r\n\r\nc", "a\rb\r\rc\n", "x\n\ny\r\n\rz"}) {
            Document document = parser.parse(text);
            LineIndex index = LineIndex.of(text);
            for (int offset = 0; offset < text.length(); offset++) {
                assertEquals(document.getLineNumber(offset), index.lineOf(offset),
                        "offset " + offset + " of " + text.replace("\r", "\\r").replace("\n", "\\n"));
            }
        }
    }
}
