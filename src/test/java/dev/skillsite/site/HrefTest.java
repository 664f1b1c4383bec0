package dev.skillsite.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HrefTest {
    @Test
    void aRelativeLinkKeepsItsPathAndFragmentAndDropsItsQuery() {
        Href href = Href.of("../memory/eviction.md?plain=1#the-pool");
        assertEquals(Href.Kind.RELATIVE, href.kind());
        assertEquals("../memory/eviction.md", href.path());
        assertEquals("the-pool", href.fragment());
    }

    @Test
    void aSchemeMakesALinkToAnotherSiteOrToNoDocument() {
        assertEquals("https", Href.of("HTTPS://example.org/a#b").scheme());
        assertTrue(Href.of("mailto:someone@example.org").isExternal());
        assertEquals(Href.Kind.SCHEME, Href.of("data:image/png;base64,AAAA").kind());
    }

    @Test
    void twoSlashesLeadToAnotherSiteAndOneToTheServersRoot() {
        assertEquals(Href.Kind.NETWORK_PATH, Href.of("//cdn.example.org/x.js").kind());
        assertEquals(Href.Kind.ROOT_RELATIVE, Href.of("/docs/index.html").kind());
        assertFalse(Href.of("/docs/index.html").isExternal());
    }

    @Test
    void aFragmentOrQueryAloneLeadsToTheSamePage() {
        assertEquals(Href.Kind.SAME_PAGE, Href.of("#usage").kind());
        assertEquals(Href.Kind.SAME_PAGE, Href.of("?q=1#usage").kind());
        assertTrue(Href.of("#usage").hasFragment());
        assertFalse(Href.of("#").hasFragment());
    }

    @Test
    void aLinkWithoutFragmentHasNoneAndAnEmptyOneIsEmpty() {
        assertNull(Href.of("a.html").fragment());
        assertEquals(Href.Kind.EMPTY, Href.of("  ").kind());
    }
}
