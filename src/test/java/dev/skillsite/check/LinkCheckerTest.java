package dev.skillsite.check;

import dev.skillsite.site.SourceLine;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One small site under src/test/resources/check per kind of defect, each planted once; a finding
 * reads "KIND page:line:column url", the position being the start tag of the element.
 */
class LinkCheckerTest {

    @Test
    void aCleanSiteHasNoFindings() {
        CheckReport report = new LinkChecker("/").check(fixture("clean"));

        assertEquals(List.of(), describe(report));
        assertTrue(report.passed());
        assertEquals(6, report.pages());
    }

    @Test
    void aNavigationSharedByPagesIsReportedOnEachPageAsItsOwnLinksAre() {
        // Three pages of guide/ share one navigation, read once and resolved once for the folder; a same-page
        // fragment resolves on each page against that page's ids.
        List<String> shared = List.of("MISSING_FRAGMENT %s:8:3 ../guide/usage.html#running", "MISSING_FILE %s:9:3 ../guide/install.html");
        List<String> expected = new ArrayList<>();
        for (String page : List.of("guide/faq.html", "guide/setup.html", "guide/usage.html")) {
            shared.forEach(finding -> expected.add(finding.formatted(page)));
            if (page.equals("guide/setup.html")) {
                expected.add("MISSING_FRAGMENT guide/setup.html:10:3 #intro");
            }
            expected.add("EMPTY_URL " + page + ":11:3 ");
        }
        expected.addAll(List.of("MISSING_FRAGMENT index.html:8:3 guide/usage.html#running", "MISSING_FILE index.html:9:3 guide/install.html",
                "EMPTY_URL index.html:11:3 "));

        assertEquals(expected, findings("shared-navigation"));
    }

    @Test
    void aPageReachedOnlyThroughANavigationReadOnceIsNoOrphan() {
        // The commented-out copy is the navigation's first sighting; the live one is then read once and
        // spliced into the page, and its links alone reach hidden.html.
        assertEquals(List.of(), findings("reached-through-navigation"));
    }

    /**
     * A folder of new files laid over a site is checked as the site the two make: the new files, and of the site
     * below only the files the build left there, each read where it is.
     */
    @Test
    void aFolderLaidOverASiteIsCheckedWithTheFilesLeftThereAlone() {
        Path site = fixture("laid-over");
        CheckReport report = new LinkChecker("/").check(new SiteFolder(site.resolve("written"), site.resolve("under"), Set.of("guide.html")),
                ReadCache.EMPTY).report();

        assertEquals(List.of("MISSING_FILE index.html:6:1 old.html"), describe(report));
        assertEquals(2, report.pages());
    }

    @Test
    void aLinkToAFileThatDoesNotExistIsAnError() {
        assertEquals(List.of("MISSING_FILE index.html:4:8 install.html"), findings("missing-file"));
    }

    @Test
    void aFragmentTheTargetPageHasNoIdForIsAnError() {
        assertEquals(List.of("MISSING_FRAGMENT index.html:4:8 setup.html#configure"), findings("missing-fragment"));
    }

    @Test
    void aFragmentOfTheSamePageIsMatchedCaseSensitively() {
        assertEquals(List.of("MISSING_FRAGMENT index.html:5:6 #Usage"), findings("missing-same-page-fragment"));
    }

    @Test
    void aPathInOtherLetterCaseIsAnErrorEvenWhereTheDiskIgnoresCase() {
        CheckReport report = new LinkChecker("/").check(fixture("case-mismatch"));

        assertEquals(List.of("ORPHAN_PAGE guide/setup.html:1:1 ", "CASE_MISMATCH index.html:4:1 Guide/Setup.html"), describe(report));
        assertEquals("links to Guide/Setup.html but the site spells it guide/setup.html", report.errors().get(0).message());
    }

    @Test
    void aFolderWithoutIndexHtmlDoesNotResolve() {
        assertEquals(List.of("DIRECTORY_WITHOUT_INDEX index.html:5:3 guide/"), findings("directory-without-index"));
    }

    @Test
    void aRelativeLinkThatClimbsOutOfTheSiteRootIsAnError() {
        assertEquals(List.of("OUTSIDE_SITE guide/setup.html:4:1 ../../README.html"), findings("outside-root"));
    }

    @Test
    void aRootRelativeLinkMustLieUnderTheBasePath() {
        assertEquals(List.of("OUTSIDE_SITE index.html:5:1 /guide.html"), findings("outside-base-path", "/docs/"));
    }

    @Test
    void aJavascriptUrlIsAnError() {
        assertEquals(List.of("JAVASCRIPT_URL index.html:4:9 javascript:void(0)"), findings("javascript-url"));
    }

    @Test
    void anEmptyHrefIsAnError() {
        assertEquals(List.of("EMPTY_URL index.html:4:11 "), findings("empty-href"));
    }

    @Test
    void aMailtoWithoutAddressIsAnError() {
        assertEquals(List.of("EMPTY_MAILTO index.html:4:1 mailto:?subject=Hello"), findings("empty-mailto"));
    }

    @Test
    void anExternalUrlWithoutHostIsMalformed() {
        assertEquals(List.of("MALFORMED_URL index.html:4:1 https://"), findings("malformed-url"));
    }

    @Test
    void aBrokenPercentEscapeIsMalformed() {
        assertEquals(List.of("MALFORMED_URL index.html:4:1 100%.html"), findings("bad-percent-encoding"));
    }

    @Test
    void aPageNothingLinksToIsAWarningOnly() {
        CheckReport report = new LinkChecker("/").check(fixture("orphan"));

        assertEquals(List.of("ORPHAN_PAGE lonely.html:1:1 "), describe(report));
        assertTrue(report.passed());
        assertEquals(1, report.warnings().size());
    }

    @Test
    void everyLinkBearingAttributeIsChecked() {
        assertEquals(List.of(
                "MISSING_FILE index.html:3:1 gone/refresh.html",
                "MISSING_FILE index.html:4:1 gone/style.css",
                "MISSING_FILE index.html:5:1 gone/script.js",
                "MISSING_FILE index.html:8:1 gone/page.html",
                "MISSING_FILE index.html:9:1 gone/image.png",
                "MISSING_FILE index.html:10:1 gone/srcset.png",
                "MISSING_FILE index.html:12:3 gone/source.webm",
                "MISSING_FILE index.html:13:3 gone/source-srcset.webp",
                "MISSING_FILE index.html:15:1 gone/frame.html",
                "MISSING_FILE index.html:16:15 gone/area.html"), findings("every-attribute"));
    }

    @Test
    void aLinkRenderedFromMarkdownNamesTheMarkdownLine() {
        BrokenLink finding = new LinkChecker("/").check(fixture("markdown-source")).findings().get(0);

        assertEquals("MISSING_FRAGMENT index.html:4:9 eviction.html#lru", describe(finding));
        assertEquals(new SourceLine("reference/memory-eviction.md", 42), finding.source());
    }

    @Test
    void aFindingOnAHandWrittenPageNamesNoSource() {
        BrokenLink finding = new LinkChecker("/").check(fixture("missing-file")).findings().get(0);

        assertNull(finding.source());
    }

    static List<String> findings(String fixture) {
        return findings(fixture, "/");
    }

    static List<String> findings(String fixture, String basePath) {
        return describe(new LinkChecker(basePath).check(fixture(fixture)));
    }

    static List<String> describe(CheckReport report) {
        return report.findings().stream().map(LinkCheckerTest::describe).toList();
    }

    static String describe(BrokenLink f) {
        return f.kind() + " " + f.page() + ":" + f.line() + ":" + f.column() + " " + f.url();
    }

    static Path fixture(String name) {
        try {
            return Path.of(LinkCheckerTest.class.getResource("/check/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
