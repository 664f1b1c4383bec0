package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.skillsite.site.SitePath;

import java.util.Set;

/**
 * In a repository of skills, bold text that is exactly another skill's name ({@code **glide-mq**}) links to
 * that skill's landing page: routers name the skills they hand over to that way. Bold text inside a link
 * keeps that link; a skill's own name stays bold text.
 */
final class SkillNameLinks implements NodeRenderer {

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new SkillNameLinks();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(StrongEmphasis.class, this::render));
    }

    private void render(StrongEmphasis node, NodeRendererContext context, HtmlWriter html) {
        LinkContext page = LinkContext.KEY.get(context.getDocument());
        SitePath home = page == null || node.getAncestorOfType(LinkNodeBase.class, LinkRef.class) != null ? null
                : page.skills().get(node.getText().toString().strip());
        if (home == null || page.page().path().startsWith(home.folder())) {
            context.delegateRender();
            return;
        }
        page.linksTo().add(home);
        html.attr("href", home.hrefFrom(page.page())).attr("class", "skill").withAttr().tag("a");
        context.delegateRender();
        html.tag("/a");
    }
}
