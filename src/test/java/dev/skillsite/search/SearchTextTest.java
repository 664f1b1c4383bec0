package dev.skillsite.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The build splits and stems text as search/text.tsv specifies (SiteInBrowserTest holds search.js to the same file). */
class SearchTextTest {
    static List<TextCase> cases() {
        return TextCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBuildMakesOfTextWhatTheSpecificationSays(TextCase text) {
        assertEquals(text.expected(), text.byTheBuild());
    }
}
