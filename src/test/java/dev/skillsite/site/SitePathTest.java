package dev.skillsite.site;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SitePathTest {
    @Test
    void theFoldersOfAPathAreAddedUpToOneAlreadyKnownAndNeverTheRoot() {
        Set<String> folders = new HashSet<>(Set.of("a"));
        SitePath.addFolders("a/b/c/page.html", folders);
        SitePath.addFolders("index.html", folders);
        assertEquals(Set.of("a", "a/b", "a/b/c"), folders);
    }

    @Test
    void linksBetweenSiblingPagesByFileName() {
        assertEquals("sds.html", new SitePath("data-structures/sds.html").hrefFrom(new SitePath("data-structures/dict.html")));
    }

    @Test
    void climbsOutOfASectionToReachAnother() {
        assertEquals("../memory-management/eviction.html",
                new SitePath("memory-management/eviction.html").hrefFrom(new SitePath("threading/bio.html")));
    }

    @Test
    void descendsFromTheLandingPage() {
        assertEquals("architecture/index.html", new SitePath("architecture/index.html").hrefFrom(SitePath.LANDING));
        assertEquals("../index.html", SitePath.LANDING.hrefFrom(new SitePath("architecture/overview.html")));
    }

    @Test
    void knowsTheWayBackToTheRoot() {
        assertEquals("", SitePath.LANDING.rootPath());
        assertEquals("../", new SitePath("a/b.html").rootPath());
    }

    @Test
    void aPagesFolderEndsInASlashAndIsEmptyAtTheRoot() {
        assertEquals("glide-mq/agents/", new SitePath("glide-mq/agents/grader.html").folder());
        assertEquals("", SitePath.LANDING.folder());
    }

    @Test
    void refusesAbsolutePaths() {
        assertThrows(IllegalArgumentException.class, () -> new SitePath("/index.html"));
    }

    @Test
    void aFoldersIndexPageIsAddressedAsTheFolder() {
        assertEquals("", SitePath.LANDING.address());
        assertEquals("architecture/", new SitePath("architecture/index.html").address());
        assertEquals("architecture/event-loop.html", new SitePath("architecture/event-loop.html").address());
    }

    @Test
    void onlyAFileNamedIndexHtmlIsLeftOff() {
        assertEquals("notes/myindex.html", new SitePath("notes/myindex.html").address());
        assertEquals("myindex.html", new SitePath("myindex.html").address());
    }

    @Test
    void whatAUrlPathMayNotHoldIsPercentEncodedAsUtf8() {
        assertEquals("release%20notes.html", new SitePath("release notes.html").address());
        assertEquals("caf%C3%A9/men%C3%BC%23%3F.html", new SitePath("café/menü#?.html").address());
        assertEquals("a/100%25.html", new SitePath("a/100%.html").address());
    }

    @Test
    void aPagesUrlIsTheSitesAddressFollowedByThePagesAddress() {
        assertEquals("https://example.org/docs/beta/", new SitePath("beta/index.html").urlUnder("https://example.org/docs/"));
        assertEquals("https://example.org/", SitePath.LANDING.urlUnder("https://example.org/"));
        assertEquals("", new SitePath("beta/index.html").urlUnder(""), "no URL without the site's address");
    }
}
