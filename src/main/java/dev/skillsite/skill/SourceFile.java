package dev.skillsite.skill;

import dev.skillsite.cache.CacheKey;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A markdown file read as strict UTF-8, and the cache key of its text, which every cache of what the text
 * becomes is keyed with. Readers that replace bad bytes silently would publish mojibake; this one names the
 * first line that is not UTF-8.
 */
public record SourceFile(Path path, String text, String key) {
    private static final char REPLACEMENT = '\uFFFD';

    public static SourceFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.error(path, 0, "file not found"));
        } catch (IOException e) {
            throw new ProblemException(Problem.error(path, 0, "cannot read: " + e.getMessage()));
        }
        // The String constructor decodes several times faster than a CharsetDecoder, but replaces bad bytes
        // with U+FFFD; only a text holding that character, which valid UTF-8 may too, is decoded strictly.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            text = strict(path, bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceFile(path, text, CacheKey.of(text));
    }

    private static String strict(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ProblemException(Problem.error(path, lineAt(bytes, in.position()),
                    "bytes that are not UTF-8 at byte offset " + in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether the file holds nothing but white space. */
    public boolean isBlank() {
        return text.isBlank();
    }

}
