package dev.skillsite.serve;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the preview adds to an HTML page as it sends it, never to the files on disk: the reload script,
 * and {@code connect-src 'self'} in the page's Content-Security-Policy, whose {@code default-src 'none'}
 * would otherwise forbid the script's EventSource. The published site keeps its stricter policy.
 */
final class ReloadHook {
    static final String SCRIPT_PATH = "/__skillsite/reload.js";
    static final String EVENTS_PATH = "/__skillsite/events";

    private ReloadHook() {
    }

    static String inject(String html) {
        Document page = Jsoup.parse(html);
        // Output as parsed: the preview must not reformat what the published site serves.
        page.outputSettings().prettyPrint(false);
        for (Element policy : page.select("meta[http-equiv]")) {
            if (policy.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                policy.attr("content", allowEvents(policy.attr("content")));
            }
        }
        // An external same-origin script, not an inline one: the policy allows only 'self' scripts.
        page.body().appendElement("script").attr("src", SCRIPT_PATH);
        return page.outerHtml();
    }

    /** The policy with {@code 'self'} among its connect-src sources (and {@code 'none'} dropped from them). */
    static String allowEvents(String policy) {
        List<String> directives = new ArrayList<>();
        boolean found = false;
        for (String directive : policy.split(";")) {
            String trimmed = directive.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("connect-src")) {
                found = true;
                trimmed = trimmed.replace("'none'", "").trim().replaceAll("\\s+", " ") + " 'self'";
            }
            if (!trimmed.isEmpty()) {
                directives.add(trimmed);
            }
        }
        if (!found) {
            directives.add("connect-src 'self'");
        }
        return String.join("; ", directives);
    }
}
