package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Optional;
import java.util.Set;

/**
 * Inline code that names a repository file ({@code `src/ae.c`}) is wrapped in a link to that file at the
 * configured ref; the code itself is rendered by flexmark as usual. Code already inside a link keeps
 * that link: nested anchors are invalid HTML.
 */
final class SourceLinkRenderer implements NodeRenderer {
    static final String CLASS = "source";

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new SourceLinkRenderer(SourceLinks.KEY.get(options));
        }
    }

    private final SourceLinks links;

    private SourceLinkRenderer(SourceLinks links) {
        this.links = links;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Code.class, this::render));
    }

    private void render(Code node, NodeRendererContext context, HtmlWriter html) {
        Optional<String> href = node.getAncestorOfType(LinkNodeBase.class, LinkRef.class) == null
                ? links.href(node.getText().toString()) : Optional.empty();
        if (href.isEmpty()) {
            context.delegateRender();
            return;
        }
        html.attr("href", href.get()).attr("class", CLASS).withAttr().tag("a");
        context.delegateRender();
        html.tag("/a");
    }
}
