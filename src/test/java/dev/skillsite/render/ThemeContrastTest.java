package dev.skillsite.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both themes of assets/css/site.css meet WCAG AA: every text colour on every background it is used on. */
class ThemeContrastTest {
    private static final Path CSS = Path.of("assets/css/site.css");
    private static final List<String> TEXT = List.of("--fg", "--muted", "--link", "--accent", "--tok-comment", "--tok-keyword",
            "--tok-function", "--tok-string", "--tok-number", "--tok-type", "--tok-variable", "--tok-meta");
    private static final List<String> BACKGROUNDS = List.of("--bg", "--surface", "--code-bg");
    static Map<String, String> light;
    static Map<String, String> dark;

    @BeforeAll
    static void readThemes() throws IOException {
        String css = Files.readString(CSS);
        light = variables(css.substring(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {"))));
        int explicitDark = css.indexOf(":root[data-theme=\"dark\"] {");
        dark = variables(css.substring(explicitDark, css.indexOf("}", explicitDark)));
        // The system-dark block must say the same as the explicit one, or the toggle would change more than the theme.
        int systemDark = css.indexOf(":root:not([data-theme=\"light\"]) {");
        assertEquals(dark, variables(css.substring(systemDark, css.indexOf("}", systemDark))));
    }

    @Test
    void lightThemeTextMeetsAaOnEveryBackground() {
        assertContrast(light);
    }

    @Test
    void darkThemeTextMeetsAaOnEveryBackground() {
        assertContrast(dark);
    }

    @Test
    void theDarkThemeChangesColoursAlone() throws IOException {
        // The browser's accessibility audit relies on it: in the dark theme it re-runs only axe's colour rules.
        String css = Files.readString(CSS);
        for (String selector : List.of(":root[data-theme=\"dark\"] {", ":root:not([data-theme=\"light\"]) {")) {
            int start = css.indexOf(selector) + selector.length();
            for (String declaration : css.substring(start, css.indexOf("}", start)).split(";")) {
                String d = declaration.strip();
                assertTrue(d.isEmpty() || d.matches("--[a-z-]+:\\s*#[0-9a-fA-F]{6}") || d.equals("color-scheme: dark"),
                        selector + " sets more than a colour: " + d);
            }
        }
    }

    @Test
    void highlightedMatchesStayReadable() {
        assertTrue(contrast(light.get("--fg"), light.get("--mark")) >= 4.5);
        assertTrue(contrast(dark.get("--fg"), dark.get("--mark")) >= 4.5);
    }

    private static void assertContrast(Map<String, String> theme) {
        for (String text : TEXT) {
            for (String background : BACKGROUNDS) {
                double ratio = contrast(theme.get(text), theme.get(background));
                assertTrue(ratio >= 4.5, text + " " + theme.get(text) + " on " + background + " " + theme.get(background)
                        + ": " + String.format("%.2f", ratio));
            }
        }
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> vars = new HashMap<>();
        Matcher m = Pattern.compile("(--[a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
        while (m.find()) {
            vars.put(m.group(1), m.group(2));
        }
        return vars;
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
