package dev.skillsite.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillsite.check.BrokenLink.Kind;
import dev.skillsite.site.SourceLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The three ways a report is written: for people, for tools, and for GitHub's pull-request annotations. */
class CheckReportTest {
    private static final BrokenLink FROM_MARKDOWN = new BrokenLink("memory/eviction.html", 40, 5, "lru.html#policy",
            Kind.MISSING_FRAGMENT, "memory/lru.html has no element with id \"policy\"", new SourceLine("reference/memory-eviction.md", 42));
    private static final BrokenLink FROM_TEMPLATE = new BrokenLink("index.html", 9, 1, "css/site.css",
            Kind.MISSING_FILE, "css/site.css does not exist", null);
    private static final BrokenLink ORPHAN = new BrokenLink("old.html", 1, 1, "", Kind.ORPHAN_PAGE,
            "no page reachable from index.html links here", null);
    private static final CheckReport REPORT = new CheckReport(List.of(FROM_TEMPLATE, FROM_MARKDOWN, ORPHAN), 3, 120);

    @Test
    void textGroupsFindingsByTheFileToEditThenCountsEachKind() {
        assertEquals("""
                index.html
                  9:1: error: missing file: css/site.css does not exist [css/site.css]
                reference/memory-eviction.md
                  42: error: missing fragment: memory/lru.html has no element with id "policy" [lru.html#policy] (in memory/eviction.html:40:5)
                old.html
                  1:1: warning: page nothing links to: no page reachable from index.html links here
                Checked 120 links in 3 pages: 2 errors, 1 warning
                     1  missing file
                     1  missing fragment
                     1  page nothing links to
                """, REPORT.text());
    }

    @Test
    void jsonListsEveryFindingWithItsSeverity() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new CheckReport(List.of(FROM_MARKDOWN, ORPHAN), 2, 4).json());

        assertEquals(2, json.get("pages").asInt());
        assertEquals(4, json.get("links").asInt());
        assertEquals(1, json.get("errors").asInt());
        assertEquals(1, json.get("warnings").asInt());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("memory/eviction.html", finding.get("page").asText());
        assertEquals(40, finding.get("line").asInt());
        assertEquals(5, finding.get("column").asInt());
        assertEquals("lru.html#policy", finding.get("url").asText());
        assertEquals("missing_fragment", finding.get("kind").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("memory/lru.html has no element with id \"policy\"", finding.get("message").asText());
        assertEquals("reference/memory-eviction.md:42", finding.get("source").asText());
        assertEquals("warning", json.get("findings").get(1).get("severity").asText());
        assertEquals("", json.get("findings").get(1).get("source").asText());
    }

    @Test
    void githubAnnotatesTheMarkdownLineAPageNamesAndElseTheHtmlPosition() {
        assertEquals("""
                ::error file=target/site/index.html,line=9,col=1,title=link check%3A missing file::css/site.css does not exist [css/site.css]
                ::error file=content/reference/memory-eviction.md,line=42,title=link check%3A missing fragment::memory/lru.html has no element with id "policy" [lru.html#policy] (in memory/eviction.html:40:5)
                ::warning file=target/site/old.html,line=1,col=1,title=link check%3A page nothing links to::no page reachable from index.html links here
                Checked 120 links in 3 pages: 2 errors, 1 warning
                """, REPORT.withSourceRoot("content").github("target/site"));
    }

    @Test
    void githubEscapesWhatWouldEndAnAnnotation() {
        BrokenLink odd = new BrokenLink("a,b.html", 1, 1, "x%0A", Kind.MISSING_FILE, "100% gone\nreally", null);

        assertEquals("::error file=site/a%2Cb.html,line=1,col=1,title=link check%3A missing file::100%25 gone%0Areally [x%250A]\n",
                new CheckReport(List.of(odd), 1, 1).github("site").lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void aReportPassesWithWarningsButNotWithErrors() {
        assertEquals(true, new CheckReport(List.of(ORPHAN), 1, 0).passed());
        assertEquals(false, REPORT.passed());
    }
}
