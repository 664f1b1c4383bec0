package dev.skillsite.skill;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingIdsTest {
    @Test
    void idsAreGithubsLowerCaseDashesNoPunctuationUnderscoresKept() {
        assertEquals("quick-start", HeadingIds.of("Quick Start"));
        assertEquals("build--test", HeadingIds.of("Build & Test"));
        assertEquals("beforesleep-and-friends", HeadingIds.of("beforeSleep() and friends"));
        assertEquals("io_threads_do_reads", HeadingIds.of("io_threads_do_reads"));
    }

    @Test
    void repeatedHeadingsOfADocumentAreNumberedInOrder() {
        Document document = Parser.builder(HeadingIds.OPTIONS).build().parse("## Tests\n\n## Tests\n\n## Tests\n");
        HeadingIds ids = HeadingIds.of(document);
        List<String> found = new ArrayList<>();
        document.getDescendants().forEach(n -> {
            if (n instanceof Heading h) {
                found.add(ids.idOf(h));
            }
        });
        assertEquals(List.of("tests", "tests-1", "tests-2"), found);
    }
}
