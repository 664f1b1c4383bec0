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
import dev.skillsite.site.SitePath;
import dev.skillsite.skill.Problem;

import java.nio.file.Path;

/**
 * Rewrites links between the files of a skill into links between the generated pages, on flexmark's AST:
 * {@code memory-eviction.md#tests} in {@code reference/memory-lazy-free.md} becomes
 * {@code ../memory-management/eviction.html#tests}; a link to a script leads to the page that shows it,
 * an image to the copied file. A link to a missing file or heading, to a folder, or out of the skill
 * folder becomes a {@link Problem} naming the markdown file and line; a link to a heading of another file is
 * noted as a {@link FragmentLink}, checked when every file's headings are known. Links to other sites, and
 * root-relative ones, pass through untouched for the link check.
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
        if (page == null || !(node instanceof Link || node instanceof Image || node instanceof LinkRef ref && ref.isDefined())) {
            return link; // not a link, or [text] in brackets that no reference defines: it stays text
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
        if (href.kind() != Href.Kind.RELATIVE) {
            return link; // another site, or the server's root: the site's link check sees it
        }
        Path target;
        try {
            target = LinkTargets.resolve(page.source(), href.decodedPath());
        } catch (IllegalArgumentException e) { // a broken %-escape, or no path at all (InvalidPathException)
            page.problems().add(Problem.error(page.file(), line, "link to " + url + " is not a valid path"));
            return link;
        }
        if (LinkTargets.isOutside(target)) {
            page.problems().add(Problem.error(page.file(), line, "link to " + url + " leads out of the skill folder;"
                    + " nothing outside the skill is published"));
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        LinkTargets.Target resolved = page.targets().of(target).orElse(null);
        if (resolved == null) {
            page.problems().add(Problem.error(page.file(), line, "link to " + url + ", but " + target
                    + (page.targets().isFolder(target) ? " is a folder: link to a file in it" : " is not a file of this skill")));
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        if (href.hasFragment()) {
            page.fragments().add(new FragmentLink(page.file(), line, url, target, fragment));
        }
        // An image shows the file itself; any other link leads to the page that shows it.
        SitePath destination = node instanceof Image && resolved.file() != null ? resolved.file() : resolved.page();
        page.linksTo().add(destination);
        String rewritten = destination.equals(page.page()) ? "" : destination.hrefFrom(page.page());
        return link.withStatus(LinkStatus.VALID).withUrl(rewritten + (fragment == null ? "" : "#" + fragment));
    }
}
