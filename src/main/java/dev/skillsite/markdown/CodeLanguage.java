package dev.skillsite.markdown;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The language a file is written in, from its name, as a fenced block's info string: what a page that
 * shows a skill's script highlights it as. Extensions that are info strings themselves ({@code py},
 * {@code sh}, {@code json}) are taken as they are; a few names stand for a language on their own.
 */
final class CodeLanguage {
    /** Highlighted, but named otherwise than by their extension. */
    private static final Map<String, String> NAMES = Map.of(
            "makefile", "make", "dockerfile", "dockerfile", "cmakelists.txt", "text");
    private static final Map<String, String> EXTENSIONS = Map.of(
            "bash", "sh", "zsh", "sh", "mjs", "js", "cjs", "js", "cfg", "ini", "hpp", "cpp", "cc", "cpp");

    private CodeLanguage() {
    }

    static String of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (NAMES.containsKey(name)) {
            return NAMES.get(name);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String language = EXTENSIONS.getOrDefault(extension, extension);
        return HighlightedCodeBlock.LANGUAGES.containsKey(language) ? language : "text";
    }

    /** The text as one fenced block, its fence longer than any run of backticks inside it. */
    static String fenced(String language, String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
}
