package dev.skillsite.skill;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The one rule for the id a heading links by, GitHub's: lower case, spaces to dashes, punctuation
 * dropped, underscores kept, {@code -1}, {@code -2} for repeats. A link written to work on GitHub
 * ({@code SKILL.md#quick-start}, {@code eviction.md#the-eviction-pool}) works on the site too. Topic
 * pages and SKILL.md's anchors on the landing page both take their ids from here.
 */
public final class HeadingIds {
    private static final String TO_DASH = " -";
    private static final String KEPT = "_";

    /** flexmark's settings for this rule, for any parser or renderer that generates heading ids. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, TO_DASH)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, KEPT)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, false)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
            .toImmutable();

    private final HeaderIdGenerator generator;

    private HeadingIds(HeaderIdGenerator generator) {
        this.generator = generator;
    }

    /** The ids of every heading of a document parsed with {@link #OPTIONS}, repeats numbered in document order. */
    public static HeadingIds of(Document document) {
        HeaderIdGenerator generator = new HeaderIdGenerator(document);
        generator.generateIds(document);
        return new HeadingIds(generator);
    }

    public String idOf(Heading heading) {
        return generator.getId(heading);
    }

    /** The id a heading with this text gets when it is the only one with that text. */
    public static String of(String text) {
        return HeaderIdGenerator.generateId(text, TO_DASH, KEPT, false, true);
    }
}
