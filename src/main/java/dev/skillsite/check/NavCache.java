package dev.skillsite.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * The {@code <nav>} regions one check has read, by their text. A site's navigation is the same on every page of
 * a section, often more than half of each page's HTML: the check reads a repeated region on its own once, and
 * reads each page with its repeated regions set aside, their links and ids taken from here. A page that marks
 * its own link in a region ({@code aria-current="page"}) still shares that region's read.
 * <p>
 * A region stands in for its text only where that changes nothing a read finds, and the page is read whole
 * otherwise: the page is UTF-8 by every declaration it makes (so a region means the same text on every page);
 * the region reads on its own without a single parse error, so it closes all it opens; each mark sits where an
 * attribute ends within a start tag; and, in the page, each place left for a region became an element, one per
 * region, within plain containers only (no table, select, list, link, formatting element or foreign content
 * around it, which could make the same tags build other elements). Under those conditions the page's elements,
 * in document order, are the ones before the region, the region's own, then the ones after it.
 */
final class NavCache {
    /** The element put where a region was: a custom element name no page uses by accident. */
    static final String PLACE = "skillsite-nav-read";
    private static final byte[] PLACED = ascii("<" + PLACE + "></" + PLACE + ">");
    private static final byte[] MARK = ascii(" aria-current=\"page\"");
    /** Where the {@code =} is in {@link #MARK}: the pass over a page looks for marks at each {@code =}. */
    private static final int MARK_EQUALS = " aria-current".length();
    private static final byte[] NAV_OPEN = ascii("<nav");
    private static final byte[] NAV_CLOSE = ascii("</nav");
    private static final byte[] XML = ascii("<?xml");
    private static final byte[] CHARSET = ascii("charset");
    private static final List<byte[]> UTF8_NAMES = List.of(ascii("utf-8"), ascii("utf8"));
    private static final Set<String> CONTAINERS = Set.of("#root", "html", "body", "div", "header", "footer", "main", "aside",
            "section", "article");

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A region as read on its own: its ids and links, and where attributes end in its text; null links if it cannot stand in. */
    record Region(SharedLinks links, Set<Integer> attributeEnds) {
        static final Region UNUSABLE = new Region(null, Set.of());

        boolean usable() {
            return links != null;
        }
    }

    /**
     * A page with its repeated regions set aside, as UTF-8 (the first {@code length} of {@code bytes}), and those
     * regions in document order.
     */
    record Splice(byte[] bytes, int length, List<Region> regions) {
    }

    /** A region's text as UTF-8 bytes, hashed once with CRC-32C (a machine instruction) rather than byte by byte. */
    private record Text(byte[] bytes, int hash) {
        static Text of(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return new Text(bytes, (int) crc.getValue());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Text text && text.hash == hash && Arrays.equals(text.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Text, Region> regions = new ConcurrentHashMap<>();
    /**
     * The hashes of regions seen once: a region is read on its own when it is seen again, so that a page's own
     * table of contents is not. Two texts with one hash only mean a region read on its own a page early.
     */
    private final Set<Long> seen = ConcurrentHashMap.newKeySet();

    /** The page with its repeated regions set aside, or null to read it whole. */
    Splice splice(byte[] bytes) {
        Scan scan = Scan.of(bytes);
        if (scan == null) {
            return null;
        }
        byte[] spliced = null;
        int length = 0;
        List<Region> found = new ArrayList<>();
        int copied = 0;
        int mark = 0;
        for (int[] nav : scan.navs()) {
            int start = nav[0];
            int end = nav[1];
            while (mark < scan.marks().size() && scan.marks().get(mark) < start) {
                mark++;
            }
            int first = mark;
            while (mark < scan.marks().size() && scan.marks().get(mark) + MARK.length <= end) {
                mark++;
            }
            Region region = region(bytes, start, end, scan.marks().subList(first, mark));
            if (region != null) {
                if (spliced == null) {
                    spliced = new byte[bytes.length + scan.navs().size() * PLACED.length]; // a region may be shorter than its place
                }
                System.arraycopy(bytes, copied, spliced, length, start - copied);
                length += start - copied;
                System.arraycopy(PLACED, 0, spliced, length, PLACED.length);
                length += PLACED.length;
                copied = end;
                found.add(region);
            }
        }
        if (spliced == null) {
            return null;
        }
        System.arraycopy(bytes, copied, spliced, length, bytes.length - copied);
        length += bytes.length - copied;
        return new Splice(spliced, length, found);
    }

    /**
     * The read that stands in for the region {@code [start, end)} of a page, or null where its text must stay.
     *
     * @param marks where each {@link #MARK} within the region starts, in order
     */
    private Region region(byte[] bytes, int start, int end, List<Integer> marks) {
        byte[] normal = new byte[end - start - marks.size() * MARK.length];
        int length = 0;
        List<Integer> at = new ArrayList<>(marks.size());
        int from = start;
        for (int mark : marks) {
            System.arraycopy(bytes, from, normal, length, mark - from);
            length += mark - from;
            at.add(length);
            from = mark + MARK.length;
        }
        System.arraycopy(bytes, from, normal, length, end - from);
        Text text = Text.of(normal);
        Region region = regions.get(text);
        if (region == null) {
            if (seen.add((long) normal.length << 32 | (text.hash() & 0xffffffffL))) {
                return null;
            }
            region = regions.computeIfAbsent(text, t -> read(new String(t.bytes(), StandardCharsets.UTF_8)));
        }
        return region.usable() && region.attributeEnds().containsAll(at) ? region : null;
    }

    /** Whether a place left for a region is as {@link #splice} left it, within plain containers only. */
    static boolean inPlainContainers(Element place) {
        if (place.attributesSize() > 0 || place.childNodeSize() > 0) {
            return false;
        }
        for (Element container = place.parent(); container != null; container = container.parent()) {
            if (!CONTAINERS.contains(container.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Reads a region on its own, with positions and parse errors tracked: once per distinct region. */
    private static Region read(String region) {
        String prefix = "<!doctype html><body>";
        String text = prefix + region;
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(1);
        Document document = Jsoup.parse(text, "", parser);
        if (!parser.getErrors().isEmpty()) {
            return Region.UNUSABLE;
        }
        List<Integer> ends = new ArrayList<>();
        for (Element element : document.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                ends.add(attributeEnd(text, element.attributes().sourceRange(attribute.getKey())) - prefix.length());
            }
        }
        Set<Integer> attributeEnds = utf8Offsets(region, ends);
        CheckedPage read = PageScanner.links(document, "", false, List.of());
        return new Region(new SharedLinks(read.ids(), read.links()), attributeEnds);
    }

    /** The UTF-8 byte offsets in {@code text} of these character offsets: marks are found in a page's bytes. */
    private static Set<Integer> utf8Offsets(String text, List<Integer> chars) {
        List<Integer> sorted = chars.stream().sorted().toList();
        Set<Integer> offsets = new HashSet<>();
        int bytes = 0;
        int at = 0;
        for (int offset : sorted) {
            bytes += text.substring(at, offset).getBytes(StandardCharsets.UTF_8).length;
            at = offset;
            offsets.add(bytes);
        }
        return Set.copyOf(offsets);
    }

    /** Just past an attribute's text: its value's closing quote, or the value's or name's last character. */
    private static int attributeEnd(String text, Range.AttributeRange range) {
        int end = range.valueRange().end().pos();
        int start = range.valueRange().start().pos();
        boolean quoted = start > 0 && end < text.length() && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '\'')
                && text.charAt(end) == text.charAt(start - 1) && start > range.nameRange().end().pos();
        return quoted ? end + 1 : end;
    }

    /**
     * What one pass over a page's bytes finds: where each outermost {@code <nav>} element's text begins and ends,
     * by its tags' text (from a {@code <nav} start tag to the {@code </nav>} that closes it, nested ones counted),
     * and where each {@link #MARK} starts. One pass, byte by byte, rather than a search per thing sought: the
     * client compiler, which builds run with, compiles no search of a string or array to vector instructions,
     * and a page's navigation is most of its bytes.
     *
     * @param navs  each region's start and end
     * @param marks where each mark starts, in order
     */
    private record Scan(List<int[]> navs, List<Integer> marks) {
        /**
         * The page's scan, or null where jsoup may not read it as UTF-8, as {@link #splice} reads it: a byte-order
         * mark, a {@code charset=} naming anything else, or an XML declaration (which may name another encoding).
         */
        static Scan of(byte[] page) {
            if (page.length >= 2 && (page[0] == (byte) 0xef && page[1] == (byte) 0xbb
                    || page[0] == (byte) 0xfe && page[1] == (byte) 0xff || page[0] == (byte) 0xff && page[1] == (byte) 0xfe)) {
                return null;
            }
            List<int[]> navs = new ArrayList<>();
            List<Integer> marks = new ArrayList<>();
            boolean navsEnded = false; // at a region left open: the rest is still read for charsets
            int depth = 0;
            int start = -1;
            int n = page.length;
            for (int at = 0; at < n; at++) {
                byte b = page[at];
                if (b == '=') {
                    // Only after a t, or a space, can an = follow "charset" or start the = of a mark: most follow neither.
                    byte before = at > 0 ? page[at - 1] : 0;
                    if ((before | 0x20) == 't' || isSpace(before)) {
                        if (namesACharset(page, at) && !namesUtf8(page, at + 1)) {
                            return null;
                        }
                        if (matches(page, at - MARK_EQUALS, MARK)) {
                            marks.add(at - MARK_EQUALS);
                        }
                    }
                } else if (b == '<' && !navsEnded && at + 2 < n) { // no tag sought is shorter than three bytes and a space
                    byte next = page[at + 1];
                    if (next == '/') {
                        if (depth > 0 && (page[at + 2] | 0x20) == 'n' && tagAt(page, at, NAV_CLOSE) && --depth == 0) {
                            int close = indexOf(page, (byte) '>', at);
                            if (close < 0) {
                                navsEnded = true;
                            } else {
                                navs.add(new int[] {start, close + 1});
                            }
                        }
                    } else if ((next | 0x20) == 'n') {
                        if (tagAt(page, at, NAV_OPEN) && depth++ == 0) {
                            start = at;
                        }
                    } else if (next == '?' && matchesIgnoringCase(page, at, XML)) {
                        return null;
                    }
                }
            }
            return new Scan(navs, marks);
        }

        /** Whether the {@code =} at {@code at} follows the name {@code charset}, any letter case, spaces allowed between. */
        private static boolean namesACharset(byte[] page, int at) {
            int name = at;
            while (name > 0 && isSpace(page[name - 1])) {
                name--;
            }
            return name >= CHARSET.length && (page[name - 1] | 0x20) == 't'
                    && matchesIgnoringCase(page, name - CHARSET.length, CHARSET);
        }

        /** After a {@code charset=}: whether the value names UTF-8. */
        private static boolean namesUtf8(byte[] page, int at) {
            while (at < page.length && (isSpace(page[at]) || page[at] == '"' || page[at] == '\'')) {
                at++;
            }
            for (byte[] name : UTF8_NAMES) {
                int after = at + name.length;
                if (matchesIgnoringCase(page, at, name) && (after == page.length
                        || !Character.isLetterOrDigit((char) (page[after] & 0xff)) && page[after] != '-')) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a tag named as {@code opening} says (any letter case) starts at {@code at}. */
        private static boolean tagAt(byte[] page, int at, byte[] opening) {
            int after = at + opening.length;
            return after < page.length && matchesIgnoringCase(page, at, opening)
                    && (page[after] == '>' || page[after] == '/' || isSpace(page[after]));
        }

        /** Whether {@code text} is at {@code at}: never where it would begin before the page or run past its end. */
        private static boolean matches(byte[] page, int at, byte[] text) {
            if (at < 0 || at + text.length > page.length) {
                return false;
            }
            for (int i = 0; i < text.length; i++) {
                if (page[at + i] != text[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code text}, lower-case ASCII, is at {@code at} in any letter case. */
        private static boolean matchesIgnoringCase(byte[] page, int at, byte[] text) {
            if (at < 0 || at + text.length > page.length) {
                return false;
            }
            for (int i = 0; i < text.length; i++) {
                byte b = page[at + i];
                if (b != text[i] && !(b >= 'A' && b <= 'Z' && (b | 0x20) == text[i])) {
                    return false;
                }
            }
            return true;
        }

        private static int indexOf(byte[] page, byte b, int from) {
            for (int at = from; at < page.length; at++) {
                if (page[at] == b) {
                    return at;
                }
            }
            return -1;
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
        }
    }
}
