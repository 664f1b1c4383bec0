package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.skillsite.site.SourceLine;

/**
 * Stamps each link and image rendered from markdown with the {@link SourceLine} it came from, so the
 * link check of the finished HTML can send a person to the line they have to edit rather than to
 * generated output.
 */
final class SourceLineAttributes implements AttributeProvider {

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new SourceLineAttributes(LinkContext.KEY.get(context.getDocument()));
        }
    }

    private final LinkContext page;

    private SourceLineAttributes(LinkContext page) {
        this.page = page;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (page != null && (node instanceof Link || node instanceof Image) && part == AttributablePart.LINK) {
            SourceLine source = new SourceLine(page.source().toString().replace('\\', '/'), page.lineOf(node));
            attributes.addValue(SourceLine.ATTRIBUTE, source.value());
        }
    }
}
