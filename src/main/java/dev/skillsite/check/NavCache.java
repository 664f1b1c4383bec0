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
    private static final byte[] PLACED = ("<" + PLACE + "></" + PLACE + ">").getBytes(StandardCharsets.US_ASCII);
    private static final String MARK = " aria-current=\"page\"";
    private static final Set<String> CONTAINERS = Set.of("#root", "html", "body", "div", "header", "footer", "main", "aside",
            "section", "article");

    /** A region as read on its own: its ids and links, and where attributes end in its text; null links if it cannot stand in. */
    record Region(SharedLinks links, Set<Integer> attributeEnds) {
        static final Region UNUSABLE = new Region(null, Set.of());

        boolean usable() {
            return links != null;
        }
    }

    /** A page's text with its repeated regions set aside, and those regions in document order. */
    record Splice(String text, List<Region> regions) {
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
        // One character per byte: String's searches, which the JVM compiles to vector instructions, then find bytes.
        String page = new String(bytes, StandardCharsets.ISO_8859_1);
        List<int[]> navs = plainUtf8(page) ? navs(page) : null;
        if (navs == null) {
            return null;
        }
        byte[] spliced = null;
        int length = 0;
        List<Region> found = new ArrayList<>();
        int copied = 0;
        for (int[] nav : navs) {
            int start = nav[0];
            int end = nav[1];
            Region region = region(page, bytes, start, end);
            if (region != null) {
                if (spliced == null) {
                    spliced = new byte[bytes.length + navs.size() * PLACED.length]; // a region may be shorter than its place
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
        return new Splice(new String(spliced, 0, length, StandardCharsets.UTF_8), found);
    }

    /** The read that stands in for the region {@code [start, end)} of a page, or null where its text must stay. */
    private Region region(String page, byte[] bytes, int start, int end) {
        byte[] normal = new byte[end - start];
        int length = 0;
        List<Integer> marks = new ArrayList<>();
        int from = start;
        for (int at = page.indexOf(MARK, from); at >= 0 && at + MARK.length() <= end; at = page.indexOf(MARK, from)) {
            System.arraycopy(bytes, from, normal, length, at - from);
            length += at - from;
            marks.add(length);
            from = at + MARK.length();
        }
        System.arraycopy(bytes, from, normal, length, end - from);
        length += end - from;
        Text text = Text.of(length == normal.length ? normal : Arrays.copyOf(normal, length));
        Region region = regions.get(text);
        if (region == null) {
            if (seen.add((long) length << 32 | (text.hash() & 0xffffffffL))) {
                return null;
            }
            region = regions.computeIfAbsent(text, t -> read(new String(t.bytes(), StandardCharsets.UTF_8)));
        }
        return region.usable() && region.attributeEnds().containsAll(marks) ? region : null;
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
     * Whether jsoup reads a page as UTF-8 whatever it finds in it, as {@link #splice} reads it: no byte-order
     * mark, and every {@code charset=} naming UTF-8 (an XML declaration is one of {@link #navs}' tags).
     */
    private static boolean plainUtf8(String page) {
        if (page.startsWith("\u00ef\u00bb") || page.startsWith("\u00fe\u00ff") || page.startsWith("\u00ff\u00fe")) {
            return false;
        }
        for (int at = page.indexOf('='); at >= 0; at = page.indexOf('=', at + 1)) {
            int name = at;
            while (name > 0 && isSpace(page.charAt(name - 1))) {
                name--;
            }
            if (name >= 7 && (page.charAt(name - 1) | 0x20) == 't' && page.regionMatches(true, name - 7, "charset", 0, 7)
                    && !namesUtf8(page, at + 1)) {
                return false;
            }
        }
        return true;
    }

    /** After a {@code charset=}: whether the value names UTF-8. */
    private static boolean namesUtf8(String page, int at) {
        while (at < page.length() && (isSpace(page.charAt(at)) || page.charAt(at) == '"' || page.charAt(at) == '\'')) {
            at++;
        }
        for (String name : List.of("utf-8", "utf8")) {
            int after = at + name.length();
            if (page.regionMatches(true, at, name, 0, name.length())
                    && (after == page.length() || !Character.isLetterOrDigit(page.charAt(after)) && page.charAt(after) != '-')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /**
     * Where each outermost {@code <nav>} element's text begins and ends, by its tags' text: the region from a
     * {@code <nav} start tag to the {@code </nav>} that closes it, nested ones counted. Null for a page with an
     * XML declaration, which may name another encoding.
     */
    private static List<int[]> navs(String page) {
        List<int[]> navs = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int at = page.indexOf('<'); at >= 0 && at + 1 < page.length(); at = page.indexOf('<', at + 1)) {
            char next = page.charAt(at + 1);
            if (next == '?' && page.regionMatches(true, at, "<?xml", 0, 5)) {
                return null;
            } else if ((next | 0x20) == 'n' && tagAt(page, at, "<nav")) {
                if (depth++ == 0) {
                    start = at;
                }
            } else if (next == '/' && depth > 0 && tagAt(page, at, "</nav") && --depth == 0) {
                int close = page.indexOf('>', at);
                if (close < 0) {
                    break;
                }
                navs.add(new int[] {start, close + 1});
            }
        }
        return navs;
    }

    /** Whether a tag named as {@code opening} says (any letter case) starts at {@code at}. */
    private static boolean tagAt(String page, int at, String opening) {
        int after = at + opening.length();
        return after < page.length() && page.regionMatches(true, at, opening, 0, opening.length())
                && (page.charAt(after) == '>' || page.charAt(after) == '/' || isSpace(page.charAt(after)));
    }
}
