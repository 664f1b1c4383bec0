package dev.skillsite.site;

import org.junit.jupiter.api.Test;

import java.util.List;

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

    /** RFC 3986: a letter, then letters, digits, "+", "." or "-", then a colon; anything else is a path. */
    @Test
    void aSchemeIsALetterThenLettersDigitsPlusDotOrDashBeforeAColon() {
        assertEquals("git+ssh", Href.of("git+ssh://host/repo").scheme());
        assertEquals("x-y.z1", Href.of("X-Y.Z1:rest").scheme());
        assertEquals("c", Href.of("C:\\folder\\file.md").scheme(), "a drive letter reads as a scheme, as browsers read it");
        for (String path : List.of("1abc:x", ":x", "a b:c", "a_b:c", "\u00e9t\u00e9:x", "notes.md", "dir/file:1.md", "-a:x")) {
            assertFalse(Href.of(path).isExternal(), path);
            assertEquals("", Href.of(path).scheme(), path);
        }
    }

    @Test
    void onlyAPercentSignIsDecodedInAPathAndAPlusStaysAPlus() {
        assertEquals("a b+c.md", Href.of("a%20b+c.md").decodedPath());
        assertEquals("c++/notes.md", Href.of("c++/notes.md").decodedPath());
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
