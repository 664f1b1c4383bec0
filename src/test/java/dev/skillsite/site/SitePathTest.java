package dev.skillsite.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SitePathTest {
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
    void refusesAbsolutePaths() {
        assertThrows(IllegalArgumentException.class, () -> new SitePath("/index.html"));
    }
}
