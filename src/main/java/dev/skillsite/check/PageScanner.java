package dev.skillsite.check;

import dev.skillsite.site.SourceLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one HTML file with jsoup, positions tracked, and lists every URL it references with the
 * line and column of its element's start tag. The link-bearing attributes are the ones the HTML
 * spec defines, so a folder built by any tool is read the same way.
 */
final class PageScanner {
    private static final Pattern RESOURCE_HINT = Pattern.compile("(?i)(^|\\s)(preconnect|dns-prefetch)(\\s|$)");

    private PageScanner() {
    }

    /** The page with every link's line, column and markdown source: what a finding reports. */
    static CheckedPage scan(Path file, String path) throws IOException {
        return scan(file, path, true);
    }

    /**
     * One walk over the elements (cheaper than a selector per attribute), links kept in document order.
     * Without {@code positions} every link has line and column 0 and no source: tracking positions costs
     * an object per node, and most pages of a site have no finding to report, so the checker reads each
     * page without them and reads again, with them, only the pages that have findings. The two reads list
     * the same links in the same order.
     */
    static CheckedPage scan(Path file, String path, boolean positions) throws IOException {
        // A null charset lets jsoup honour a BOM or <meta charset>, UTF-8 otherwise: pages of other tools vary.
        return links(Jsoup.parse(file, null, "", Parser.htmlParser().setTrackPosition(positions)), path, positions);
    }

    /** A page already read into memory, without positions; charset as for a file. */
    static CheckedPage scan(byte[] bytes, String path) throws IOException {
        return scan(bytes, path, Parser.htmlParser());
    }

    private static CheckedPage scan(byte[] bytes, String path, Parser parser) throws IOException {
        return links(Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser), path, false, List.of());
    }

    /**
     * A page already read into memory, without positions, its repeated navigation read through {@code navs}:
     * the same links and ids as a read of the whole page. {@code parser} reads one page after another: a thread
     * that reads many pages keeps one, and with it the tags it has met (a new parser copies each of them from
     * jsoup's defaults on first use).
     */
    static CheckedPage scan(byte[] bytes, String path, NavCache navs, Parser parser) throws IOException {
        NavCache.Splice splice = navs.splice(bytes);
        CheckedPage page = splice == null ? null : links(Jsoup.parse(new ByteArrayInputStream(splice.bytes(), 0, splice.length()),
                "UTF-8", "", parser), path, false, splice.regions());
        return page != null ? page : scan(bytes, path, parser);
    }

    private static CheckedPage links(Document document, String path, boolean positions) {
        return links(document, path, positions, List.of());
    }

    /**
     * The page's ids and links, each of {@code regions} spliced in where its {@link NavCache#PLACE} stands; null
     * when those places are not one per region, each in plain containers.
     */
    static CheckedPage links(Document document, String path, boolean positions, List<NavCache.Region> regions) {
        Set<String> ids = new HashSet<>();
        List<LinkReference> links = new ArrayList<>();
        List<SharedLinks.At> shared = new ArrayList<>(regions.size());
        for (Element element : document.getAllElements()) {
            if (!regions.isEmpty() && element.normalName().equals(NavCache.PLACE)) {
                if (shared.size() == regions.size() || !NavCache.inPlainContainers(element)) {
                    return null;
                }
                SharedLinks region = regions.get(shared.size()).links();
                shared.add(new SharedLinks.At(links.size(), region));
                ids.addAll(region.ids());
                links.addAll(region.links());
                continue;
            }
            if (element.hasAttr("id")) {
                ids.add(element.id());
            }
            switch (element.normalName()) {
                case "a" -> {
                    if (element.hasAttr("name")) {
                        ids.add(element.attr("name"));
                    }
                    add(links, element, "href", positions);
                }
                case "area" -> add(links, element, "href", positions);
                // Resource hints name an origin to warm up, not a document: nothing there has to resolve.
                case "link" -> {
                    if (!RESOURCE_HINT.matcher(element.attr("rel")).find()) {
                        add(links, element, "href", positions);
                    }
                }
                case "img", "source" -> {
                    add(links, element, "src", positions);
                    if (element.hasAttr("srcset")) {
                        srcset(element.attr("srcset")).forEach(url -> links.add(reference(element, url, "srcset", positions)));
                    }
                }
                case "script", "iframe" -> add(links, element, "src", positions);
                case "meta" -> {
                    String url = element.attr("http-equiv").strip().equalsIgnoreCase("refresh") ? refreshUrl(element.attr("content")) : null;
                    if (url != null) {
                        links.add(reference(element, url, "content", positions));
                    }
                }
                default -> {
                }
            }
        }
        return shared.size() == regions.size() ? new CheckedPage(path, ids, links, shared) : null;
    }

    private static void add(List<LinkReference> links, Element element, String attribute, boolean positions) {
        if (element.hasAttr(attribute)) {
            links.add(reference(element, element.attr(attribute), attribute, positions));
        }
    }

    /**
     * The URLs of a srcset, parsed as the HTML spec does: a URL runs to the next whitespace (so it may
     * contain commas), then descriptors run to the next comma outside parentheses.
     */
    static List<String> srcset(String value) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            String url = value.substring(start, i);
            if (url.endsWith(",")) {
                url = url.replaceFirst(",+$", ""); // "a.png," has no descriptors
            } else {
                int depth = 0;
                while (i < n && (value.charAt(i) != ',' || depth > 0)) {
                    char c = value.charAt(i++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }

    /**
     * The URL of {@code <meta http-equiv="refresh" content="5; url=next.html">}, as the HTML spec reads
     * it: a delay, a separator, an optional {@code url=}, an optionally quoted URL. Null for a plain
     * reload.
     */
    static String refreshUrl(String content) {
        String rest = content.strip().replaceFirst("^[0-9.]*\\s*[;,]?\\s*", "");
        if (rest.toLowerCase(Locale.ROOT).startsWith("url")) {
            String afterName = rest.substring(3).stripLeading();
            if (afterName.startsWith("=")) {
                rest = afterName.substring(1).stripLeading();
            }
        }
        if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
            int end = rest.indexOf(rest.charAt(0), 1);
            rest = end < 0 ? rest.substring(1) : rest.substring(1, end);
        }
        return rest.isEmpty() ? null : rest;
    }

    private static LinkReference reference(Element element, String url, String attribute, boolean positions) {
        if (!positions) {
            return LinkReference.unplaced(url, attribute);
        }
        Range.Position start = element.sourceRange().start();
        return new LinkReference(url, attribute, start.lineNumber(), start.columnNumber(),
                SourceLine.parse(element.attr(SourceLine.ATTRIBUTE)).orElse(null));
    }
}
