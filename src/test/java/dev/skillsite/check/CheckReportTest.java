package dev.skillsite.check;

import dev.skillsite.check.BrokenLink.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The three ways a report is written: for people, for tools, and for GitHub's pull-request annotations. */
class CheckReportTest {
    private static final BrokenLink FROM_MARKDOWN = new BrokenLink("memory/eviction.html", 40, 5, "lru.html#policy",
            Kind.MISSING_FRAGMENT, "memory/lru.html has no element with id \"policy\"", "reference/memory-eviction.md:42");
    private static final BrokenLink FROM_TEMPLATE = new BrokenLink("index.html", 9, 1, "css/site.css",
            Kind.MISSING_FILE, "css/site.css does not exist", "");
    private static final BrokenLink ORPHAN = new BrokenLink("old.html", 1, 1, "", Kind.ORPHAN_PAGE,
            "no page reachable from index.html links here", "");
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
    void jsonListsEveryFindingWithItsSeverity() {
        assertEquals("""
                {"pages":1,"links":4,"errors":1,"warnings":0,"findings":[
                  {"page":"memory/eviction.html","line":40,"column":5,"url":"lru.html#policy","kind":"missing_fragment","severity":"error","message":"memory/lru.html has no element with id \\"policy\\"","source":"reference/memory-eviction.md:42"}
                ]}
                """, new CheckReport(List.of(FROM_MARKDOWN), 1, 4).json());
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
        BrokenLink odd = new BrokenLink("a,b.html", 1, 1, "x%0A", Kind.MISSING_FILE, "100% gone\nreally", "");

        assertEquals("::error file=site/a%2Cb.html,line=1,col=1,title=link check%3A missing file::100%25 gone%0Areally [x%250A]\n",
                new CheckReport(List.of(odd), 1, 1).github("site").lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void aReportPassesWithWarningsButNotWithErrors() {
        assertEquals(true, new CheckReport(List.of(ORPHAN), 1, 0).passed());
        assertEquals(false, REPORT.passed());
    }
}
