package dev.skillsite.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/** Names each heading's permalink for screen readers: its visible "#" is hidden from them. */
final class PermalinkLabel implements AttributeProvider {
    static final String LABEL = "Permalink";

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new PermalinkLabel();
        }
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof AnchorLink) {
            attributes.replaceValue("aria-label", LABEL);
        }
    }
}
