package dev.skillsite.check;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check with the last check's {@link ReadCache} reports what a check without it reports, reading only
 * the pages that are not the very files it read before.
 */
class ReadCacheTest {
    private static final String GOOD = "href=\"guide/\"";
    private static final String BAD = "href=\"gxide/\"";

    @TempDir
    Path temp;
    private Path site;
    private Path page;

    @BeforeEach
    void copyACleanSite() throws IOException {
        site = temp.resolve("site");
        PathUtils.copyDirectory(LinkCheckerTest.fixture("clean"), site);
        page = site.resolve("index.html");
    }

    @Test
    void aSecondCheckTakesEveryUnchangedPageFromTheCache() {
        LinkChecker.CheckedSite first = new LinkChecker("/").check(site, ReadCache.EMPTY);
        LinkChecker.CheckedSite second = new LinkChecker("/").check(site, first.cache());

        assertEquals(0, first.cached());
        assertEquals(first.report().pages(), second.cached());
        assertEquals(LinkCheckerTest.describe(first.report()), LinkCheckerTest.describe(second.report()));
    }

    @Test
    void aPageWrittenAsANewFileIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
        ReadCache cache = new LinkChecker("/").check(site, ReadCache.EMPTY).cache();
        FileTime time = Files.getLastModifiedTime(page);
        Path replacement = temp.resolve("index.html");
        Files.writeString(replacement, broken(Files.readString(page)));
        Files.setLastModifiedTime(replacement, time);
        Files.move(replacement, page, StandardCopyOption.REPLACE_EXISTING);

        LinkChecker.CheckedSite checked = new LinkChecker("/").check(site, cache);

        assertEquals(List.of("MISSING_FILE index.html:14:7 gxide/"), LinkCheckerTest.describe(checked.report()));
    }

    /**
     * The stamp is trusted as a build's writer trusts it: the same file with the same size and time is taken to
     * hold the same bytes. Shown here by an edit in place that puts the time back, which nothing but a test does.
     */
    @Test
    void aPageThatIsTheSameFileWithTheSameSizeAndTimeIsNotReadAgain() throws IOException {
        ReadCache cache = new LinkChecker("/").check(site, ReadCache.EMPTY).cache();
        FileTime time = Files.getLastModifiedTime(page);
        Files.writeString(page, broken(Files.readString(page)));
        Files.setLastModifiedTime(page, time);

        LinkChecker.CheckedSite checked = new LinkChecker("/").check(site, cache);

        assertEquals(List.of(), LinkCheckerTest.describe(checked.report()));
        Files.setLastModifiedTime(page, FileTime.fromMillis(time.toMillis() + 1_000));
        assertEquals(List.of("MISSING_FILE index.html:14:7 gxide/"),
                LinkCheckerTest.describe(new LinkChecker("/").check(site, cache).report()));
    }

    @Test
    void aCheckAfterAnEditKeepsTheWholeOfTheLastReadsAndHoldsOnlyTheChangedPagesBesideIt() throws IOException {
        for (int i = 0; i < 16; i++) { // enough pages that one edit is a small part of them
            Files.writeString(site.resolve("page-" + i + ".html"), "<!DOCTYPE html><title>" + i + "</title><a href=\"index.html\">home</a>");
        }
        ReadCache first = new LinkChecker("/").check(site, ReadCache.EMPTY).cache();
        Files.writeString(page, Files.readString(page).replace("</body>", "<p id=\"added\">More.</p></body>"));

        ReadCache second = new LinkChecker("/").check(site, first).cache();

        assertSame(first.base(), second.base(), "the whole is kept, to be linked rather than written again");
        assertEquals(1, second.changes().changed().size(), "the edited page's new bytes");
        assertEquals(1, second.changes().removed().size(), "its old bytes");
        assertTrue(second.read(second.stamps().get("index.html").key()).ids().contains("added"));
    }

    @Test
    void aCheckOfTheVerySameFilesStartsFromTheLastChecksResolutions() throws IOException {
        ReadCache first = new LinkChecker("/").check(site, ReadCache.EMPTY).cache();
        Files.writeString(page, Files.readString(page).replace("</body>", "<p>More.</p></body>"));

        ReadCache second = new LinkChecker("/").check(site, first).cache();

        assertSame(first.resolutions().of("index.html").urls.get("guide/"), second.resolutions().of("index.html").urls.get("guide/"));
    }

    @Test
    void aCheckOfTheVerySameFilesTakesEachUnchangedPageAsTheLastCheckResolvedIt() throws IOException {
        LinkChecker.CheckedSite first = new LinkChecker("/").check(site, ReadCache.EMPTY);
        Files.writeString(page, Files.readString(page).replace("</body>", "<p>More.</p></body>"));

        LinkChecker.CheckedSite second = new LinkChecker("/").check(site, first.cache());

        Resolutions before = first.cache().resolutions();
        Resolutions after = second.cache().resolutions();
        assertSame(before.resolved("guide/setup.html"), after.resolved("guide/setup.html"));
        assertNotSame(before.resolved("index.html"), after.resolved("index.html"));
        assertEquals(first.report().pages() - 1, second.cached());
        assertEquals(List.of(), LinkCheckerTest.describe(second.report()));
    }

    @Test
    void anIdDroppedFromAnEditedPageIsMissingForTheUnchangedPagesThatLinkToIt() throws IOException {
        List<String> findings = findingsAfter(() -> replace(site.resolve("guide/setup.html"), "id=\"install\"", "id=\"installing\""));

        assertEquals(List.of("MISSING_FRAGMENT index.html:16:7 guide/setup.html#install",
                "MISSING_FRAGMENT index.html:17:7 guide/setup.html?lang=en#install",
                "MISSING_FRAGMENT moved.html:2:13 guide/setup.html#install"), findings);
        assertEquals(LinkCheckerTest.describe(new LinkChecker("/").check(site)), findings);
    }

    @Test
    void aPageNoLinkReachesAfterAnEditIsAnOrphanThoughTheLastCheckFoundNone() throws IOException {
        List<String> findings = findingsAfter(() -> replace(page, "<li><a href=\"release%20notes.html\">a percent-encoded file name</a></li>", ""));

        assertEquals(List.of("ORPHAN_PAGE release notes.html:1:1 "), findings);
    }

    @Test
    void anOrphanStaysAnOrphanAfterAnEditThatChangesNoLink() throws IOException {
        Files.writeString(site.resolve("orphan.html"), "<!DOCTYPE html><title>Orphan</title><a href=\"index.html\">home</a>");

        List<String> findings = findingsAfter(() -> replace(page, "</body>", "<p>More.</p></body>"));

        assertEquals(List.of("ORPHAN_PAGE orphan.html:1:1 "), findings);
    }

    @Test
    void aFileDeletedSinceTheLastCheckIsMissingThoughThatCheckFoundIt() throws IOException {
        ReadCache cache = new LinkChecker("/").check(site, ReadCache.EMPTY).cache();
        Files.delete(site.resolve("release notes.html"));

        LinkChecker.CheckedSite checked = new LinkChecker("/").check(site, cache);

        assertEquals(List.of("MISSING_FILE index.html:19:7 release%20notes.html"), LinkCheckerTest.describe(checked.report()));
    }

    @Test
    void aFileAddedSinceTheLastCheckIsFoundThoughThatCheckMissedIt() throws IOException {
        Files.writeString(page, Files.readString(page).replace("</body>", "<a href=\"added.html\">new</a></body>"));
        LinkChecker.CheckedSite first = new LinkChecker("/").check(site, ReadCache.EMPTY);
        Files.writeString(site.resolve("added.html"), "<!DOCTYPE html><title>Added</title><a href=\"index.html\">home</a>");

        LinkChecker.CheckedSite second = new LinkChecker("/").check(site, first.cache());

        assertEquals(1, first.report().findings().size());
        assertEquals(List.of(), LinkCheckerTest.describe(second.report()));
    }

    @Test
    void aCheckUnderAnotherBasePathResolvesAgain() {
        ReadCache cache = new LinkChecker("/").check(site, ReadCache.EMPTY).cache();

        LinkChecker.CheckedSite checked = new LinkChecker("/docs/").check(site, cache);

        assertEquals(LinkCheckerTest.describe(new LinkChecker("/docs/").check(site)), LinkCheckerTest.describe(checked.report()));
        assertTrue(LinkCheckerTest.describe(checked.report()).stream().anyMatch(f -> f.contains("/guide/setup.html")));
    }

    @Test
    void aCacheFileHoldsTheReadsButNotTheResolutions() throws IOException, ClassNotFoundException {
        ReadCache cache = new LinkChecker("/").check(site, ReadCache.EMPTY).cache();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cache);
        }

        ReadCache read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (ReadCache) in.readObject();
        }

        assertNull(read.resolutions());
        assertEquals(cache.stamps(), read.stamps());
        assertEquals(cache.base(), read.base());
        assertEquals(LinkCheckerTest.describe(new LinkChecker("/").check(site)),
                LinkCheckerTest.describe(new LinkChecker("/").check(site, read).report()));
    }

    /** A change to the site's files between two checks. */
    private interface Edit {
        void apply() throws IOException;
    }

    /** The findings of a check that starts from the cache of a check made before {@code edit}. */
    private List<String> findingsAfter(Edit edit) throws IOException {
        ReadCache cache = new LinkChecker("/").check(site, ReadCache.EMPTY).cache();
        edit.apply();
        return LinkCheckerTest.describe(new LinkChecker("/").check(site, cache).report());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The page with its first link to the guide's folder leading nowhere, in as many bytes. */
    private static String broken(String html) {
        int at = html.indexOf(GOOD);
        return html.substring(0, at) + BAD + html.substring(at + GOOD.length());
    }
}
