package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import dev.skillsite.skill.HeadingIds;
import dev.skillsite.skill.HeadingLines;

import java.util.ArrayList;
import java.util.List;

/**
 * The one markdown flavour of a build: GitHub-style tables, strikethrough and heading ids ({@link HeadingIds}), a visible
 * permalink on every heading, cross-page links resolved by {@link PageLinkResolver}, fenced code
 * highlighted by {@link HighlightedCodeBlock} and repository paths in inline code linked by
 * {@link SourceLinkRenderer}. Parser and renderer are immutable and shared by all threads.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown(boolean allowRawHtml) {
        this(allowRawHtml, SourceLinks.NONE);
    }

    public Markdown(boolean allowRawHtml, SourceLinks sourceLinks) {
        DataHolder options = new MutableDataSet(HeadingIds.OPTIONS)
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        YamlFrontMatterExtension.create(), AnchorLinkExtension.create(), HeadingLines.create()))
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                // Written as given: flexmark's default trims each line's leading white space as it goes, character
                // by character, up to a quarter of rendering a page; its HTML has none to trim, so the output is the same.
                .set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "permalink")
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>")
                .set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml)
                .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
                .set(TablesExtension.CLASS_NAME, "table")
                .set(SourceLinks.KEY, sourceLinks)
                .toImmutable();
        this.parser = Parser.builder(options).customInlineParserFactory(RegionInlineParser.FACTORY).build();
        this.renderer = HtmlRenderer.builder(options)
                .linkResolverFactory(new PageLinkResolver.Factory())
                .attributeProviderFactory(new SourceLineAttributes.Factory())
                .attributeProviderFactory(new PermalinkLabel.Factory())
                .nodeRendererFactory(new SourceLinkRenderer.Factory())
                .nodeRendererFactory(new SkillNameLinks.Factory())
                .nodeRendererFactory(new HighlightedCodeBlock.Factory())
                .build();
    }

    public Document parse(String text) {
        Document document = parser.parse(text);
        // The permalink follows the heading text, as on the landing page, so headings line up with the body.
        List<Heading> headings = new ArrayList<>();
        NodeWalk.forEach(document, node -> {
            if (node instanceof Heading h && h.getFirstChild() instanceof AnchorLink) {
                headings.add(h);
            }
        });
        for (Heading heading : headings) {
            Node anchor = heading.getFirstChild();
            anchor.unlink();
            heading.appendChild(anchor);
        }
        return document;
    }

    /** Renders a document whose {@link LinkContext} is set; link problems land in that context. */
    public String render(Document document) {
        return renderer.render(document);
    }
}
