package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import dev.skillsite.site.Href;
import dev.skillsite.skill.Problem;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Rewrites links between markdown files into links between the generated pages, on flexmark's AST:
 * {@code memory-eviction.md#tests} in {@code reference/memory-lazy-free.md} becomes
 * {@code ../memory-management/eviction.html#tests}. A link to a missing file or heading becomes a
 * {@link Problem} naming the markdown file and line. External links pass through untouched.
 */
final class PageLinkResolver implements LinkResolver {
    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new PageLinkResolver();
        }
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        LinkContext page = LinkContext.KEY.get(context.getDocument());
        if (page == null || !(node instanceof Link || node instanceof Image || node instanceof LinkRef)) {
            return link;
        }
        String url = link.getUrl();
        Href href = Href.of(url);
        int line = page.lineOf(node);
        String fragment = href.fragment();
        if (href.kind() == Href.Kind.SAME_PAGE) {
            if (href.hasFragment() && !page.ownIds().contains(fragment)) {
                page.problems().add(Problem.error(page.file(), line, "link to #" + fragment + ", but this page has no such heading"));
            }
            return link.withStatus(LinkStatus.VALID);
        }
        if (href.kind() != Href.Kind.RELATIVE || !href.path().endsWith(".md")) {
            return link; // another site, or an asset or another kind of file: the site's link check sees it
        }
        Path target;
        try {
            target = LinkTargets.resolve(page.source(), href.path());
        } catch (InvalidPathException e) {
            page.problems().add(Problem.error(page.file(), line, "link to " + url + " is not a valid path"));
            return link;
        }
        LinkTargets.Target resolved = page.targets().of(target).orElse(null);
        if (resolved == null) {
            page.problems().add(Problem.error(page.file(), line, "link to " + url + ", but " + target + " is not a page of this skill"));
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        if (href.hasFragment() && !resolved.ids().contains(fragment)) {
            page.problems().add(Problem.error(page.file(), line, "link to " + url + ", but " + target + " has no heading with id #" + fragment));
        }
        page.linksTo().add(resolved.page());
        String rewritten = resolved.page().equals(page.page()) ? "" : resolved.page().hrefFrom(page.page());
        return link.withStatus(LinkStatus.VALID).withUrl(rewritten + (fragment == null ? "" : "#" + fragment));
    }
}
