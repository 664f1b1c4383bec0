package dev.skillsite.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HTML file with jsoup, positions tracked, and lists every URL it references with the
 * line and column of its element. Which attributes count is one selector per attribute, as the
 * HTML spec defines link-bearing elements.
 */
final class PageScanner {
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)^\\s*\\d*\\s*[;,]\\s*url\\s*=\\s*['\"]?([^'\"]*)['\"]?\\s*$");
    /** Generated pages name their markdown source on each link: data-source="reference/x.md:12". */
    static final String SOURCE_ATTRIBUTE = "data-source";

    static CheckedPage scan(Path file, String path) throws IOException {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id]")) {
            ids.add(element.id());
        }
        for (Element anchor : document.select("a[name]")) {
            ids.add(anchor.attr("name"));
        }
        List<LinkReference> links = new ArrayList<>();
        add(links, document, "a[href], area[href], link[href]", "href");
        add(links, document, "img[src], source[src], script[src], iframe[src]", "src");
        for (Element element : document.select("img[srcset], source[srcset]")) {
            for (String candidate : element.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) {
                    links.add(reference(element, url, "srcset"));
                }
            }
        }
        for (Element meta : document.select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
                Matcher m = REFRESH_URL.matcher(meta.attr("content"));
                if (m.matches()) {
                    links.add(reference(meta, m.group(1), "content"));
                }
            }
        }
        return new CheckedPage(path, ids, links);
    }

    private static void add(List<LinkReference> links, Document document, String selector, String attribute) {
        for (Element element : document.select(selector)) {
            links.add(reference(element, element.attr(attribute), attribute));
        }
    }

    private static LinkReference reference(Element element, String url, String attribute) {
        Range.Position start = element.sourceRange().start();
        return new LinkReference(url, attribute, start.lineNumber(), start.columnNumber(), element.attr(SOURCE_ATTRIBUTE));
    }
}
