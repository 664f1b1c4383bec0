package dev.skillsite.check;

import dev.skillsite.check.BrokenLink.Kind;
import dev.skillsite.check.LinkResolver.Resolution;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a static web server, on a site given as a list of files: no folder of HTML needed. */
class LinkResolverTest {
    private static final SiteFiles SITE = SiteFiles.of(
            Set.of("index.html", "guide/index.html", "guide/setup.html", "img/logo.png", "Notes.html", "empty/readme.txt"),
            Set.of("", "guide", "img", "empty"));
    private final LinkResolver resolver = new LinkResolver("/docs/", SITE);

    private Resolution resolve(String page, String url) {
        return resolver.resolve(page, url);
    }

    @Test
    void aRelativeLinkResolvesFromThePagesFolder() {
        Resolution r = resolve("guide/setup.html", "../img/logo.png");
        assertFalse(r.isBroken());
        assertEquals("img/logo.png", r.target());
    }

    @Test
    void aFolderResolvesThroughItsIndexOnly() {
        assertEquals("guide/index.html", resolve("index.html", "guide/").target());
        assertEquals("guide/index.html", resolve("index.html", "guide").target());
        assertEquals(Kind.DIRECTORY_WITHOUT_INDEX, resolve("index.html", "empty/").kind());
    }

    @Test
    void theFragmentIsKeptToLookUpAndTheQueryIgnored() {
        Resolution r = resolve("index.html", "guide/setup.html?v=2#install");
        assertEquals("guide/setup.html", r.target());
        assertEquals("install", r.fragment());
    }

    @Test
    void percentEncodingIsDecodedBeforeTheLookUp() {
        Set<String> files = Set.of("a b.html");
        assertEquals("a b.html", new LinkResolver("/", SiteFiles.of(files, Set.of(""))).resolve("index.html", "a%20b.html").target());
        assertEquals(Kind.MALFORMED_URL, resolve("index.html", "a%zz.html").kind());
    }

    @Test
    void letterCaseMustMatchExactly() {
        Resolution r = resolve("index.html", "notes.html");
        assertEquals(Kind.CASE_MISMATCH, r.kind());
        assertTrue(r.message().contains("Notes.html"), r.message());
    }

    @Test
    void aMissingFileAndAFileUsedAsAFolderAreMissing() {
        assertEquals(Kind.MISSING_FILE, resolve("index.html", "install.html").kind());
        assertEquals(Kind.MISSING_FILE, resolve("index.html", "Notes.html/").kind());
    }

    @Test
    void neitherRelativeNorRootRelativeLinksMayLeaveTheSite() {
        assertEquals(Kind.OUTSIDE_SITE, resolve("guide/setup.html", "../../README.html").kind());
        assertEquals(Kind.OUTSIDE_SITE, resolve("index.html", "/other/index.html").kind());
        assertEquals("guide/setup.html", resolve("index.html", "/docs/guide/setup.html").target());
        assertEquals("index.html", resolve("guide/setup.html", "/docs/").target());
    }

    @Test
    void aLinkToTheSamePageKeepsItsFragment() {
        Resolution r = resolve("guide/setup.html", "#install");
        assertEquals("guide/setup.html", r.target());
        assertEquals("install", r.fragment());
    }

    @Test
    void otherSitesAreCheckedForSyntaxAndKeptToAskWithoutTheirFragment() {
        assertEquals(URI.create("https://example.org/a"), resolve("index.html", "https://example.org/a#part").external());
        assertEquals(URI.create("https://cdn.example.org/x.js"), resolve("index.html", "//cdn.example.org/x.js").external());
        assertEquals(Kind.MALFORMED_URL, resolve("index.html", "https:///nohost").kind());
    }

    @Test
    void urlsThatDoNothingOrNameNoAddressAreBroken() {
        assertEquals(Kind.JAVASCRIPT_URL, resolve("index.html", "javascript:void(0)").kind());
        assertEquals(Kind.EMPTY_MAILTO, resolve("index.html", "mailto:?subject=hi").kind());
        assertEquals(Kind.EMPTY_URL, resolve("index.html", "").kind());
        assertFalse(resolve("index.html", "tel:+15555550100").isBroken());
        assertNull(resolve("index.html", "tel:+15555550100").target());
    }

    @Test
    void anEmptyFragmentAndTopNameTheTopOfAnyPage() {
        assertTrue(LinkResolver.hasFragment(Set.of(), ""));
        assertTrue(LinkResolver.hasFragment(Set.of(), "top"));
        assertTrue(LinkResolver.hasFragment(Set.of("caf\u00e9"), "caf%C3%A9"));
        assertFalse(LinkResolver.hasFragment(Set.of("Usage"), "usage"));
    }
}
