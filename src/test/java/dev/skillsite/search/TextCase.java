package dev.skillsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One case of {@code search/text.tsv}, the specification of search words and terms that the build and the
 * search box are both tested against: {@code words} (the words of a text) or {@code term} (a word's term).
 */
public record TextCase(String kind, String input, String expected) {
    public static final Path FILE = Path.of("src/test/resources/search/text.tsv");

    public static List<TextCase> all() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> {
                        String[] fields = line.split("\t", -1);
                        if (fields.length != 3 || !List.of("words", "term").contains(fields[0])) {
                            throw new IllegalArgumentException(FILE + ": not 'words|term TAB input TAB expected': " + line);
                        }
                        return new TextCase(fields[0], fields[1], fields[2]);
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the build makes of the input, in the form the file gives it. */
    public String byTheBuild() {
        return kind.equals("words") ? String.join(" ", SearchText.words(input)) : SearchText.term(input);
    }

    @Override
    public String toString() {
        return kind + " of \"" + input + "\"";
    }
}
