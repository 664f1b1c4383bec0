package dev.skillsite.render;

import dev.skillsite.cache.CacheKey;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A part of the page that many pages share, rendered once per key and written as it is on every page with that
 * key, as Hugo's {@code partialCached} does: templates call it as
 * {@code <@content.cached key="..." current="...">...</@content.cached>}. The navigation is such a part: a
 * section's list of topics is the same on each of its pages, and at hundreds of topics going through the
 * template on every page was a large part of rendering.
 * <p>
 * The key must name everything the body reads; the body is rendered with the first page's data and the rest
 * get its text. The one thing that differs from page to page is which link is the page itself: {@code current}
 * names that page's address as the body writes it in {@code href}, and the first link to it is marked
 * {@code aria-current="page"} on each page. One cache serves one site view for one build, so a key need not
 * name the skill; a preview's next build finds the fragment again only under the same templates and site view.
 */
final class FragmentCache implements TemplateDirectiveModel {
    private static final String MARK = " aria-current=\"page\"";

    private final Map<String, String> fragments = new ConcurrentHashMap<>();
    /** Where a fragment the last build rendered is found, and this one's are kept for the next. */
    private final TextCache texts;
    /** The key of all a fragment's body may read besides its key: the templates and the site view. */
    private final String context;

    FragmentCache(TextCache texts, String context) {
        this.texts = texts;
        this.context = context;
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        for (Object name : params.keySet()) {
            if (!name.equals("key") && !name.equals("current")) {
                throw new TemplateModelException("cached takes key and current, not " + name);
            }
        }
        String key = string(params, "key");
        if (key == null) {
            throw new TemplateModelException("cached needs a key: what its body depends on, as a string");
        }
        if (body == null) {
            return;
        }
        String fragment = fragments.get(key);
        if (fragment == null) {
            String rendered;
            try {
                rendered = texts.now(CacheKey.of(context, key), () -> {
                    StringWriter text = new StringWriter();
                    try {
                        body.render(text);
                    } catch (TemplateException | IOException e) {
                        throw new RenderingFailed(e);
                    }
                    return text.toString();
                });
            } catch (RenderingFailed e) {
                if (e.getCause() instanceof TemplateException template) {
                    throw template;
                }
                throw (IOException) e.getCause();
            }
            // Two pages may render the same key at once; both texts are the same, and the first kept wins.
            fragment = fragments.computeIfAbsent(key, k -> rendered);
        }
        String current = string(params, "current");
        int mark = current == null ? -1 : markAt(fragment, current);
        // Written in pieces: at hundreds of links a navigation is tens of kilobytes, on every page.
        Writer out = env.getOut();
        if (mark < 0) {
            out.write(fragment);
        } else {
            out.write(fragment, 0, mark);
            out.write(MARK);
            out.write(fragment, mark, fragment.length() - mark);
        }
    }

    /** A failure of a fragment's body, carried out of the text cache's supplier to be thrown as it was. */
    private static final class RenderingFailed extends RuntimeException {
        RenderingFailed(Exception cause) {
            super(cause);
        }
    }

    /** The fragment with its first link to {@code current} marked as the page itself. */
    static String marked(String fragment, String current) {
        int at = markAt(fragment, current);
        return at < 0 ? fragment : fragment.substring(0, at) + MARK + fragment.substring(at);
    }

    /** Where the mark goes: after the first {@code href} that is {@code current}, as the template escaped it; -1 for none. */
    private static int markAt(String fragment, String current) {
        String href = "href=\"" + HTMLOutputFormat.INSTANCE.escapePlainText(current) + "\"";
        int at = fragment.indexOf(href);
        return at < 0 ? -1 : at + href.length();
    }

    /** A parameter's text; FreeMarker adds the template's name and line to an error thrown here. */
    private static String string(Map<?, ?> params, String name) throws TemplateModelException {
        Object value = params.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("cached's " + name + " must be a string, not " + value.getClass().getSimpleName());
    }
}
