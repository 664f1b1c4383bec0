package dev.skillsite.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.skillsite.site.SitePath;
import dev.skillsite.skill.LineIndex;
import dev.skillsite.skill.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the link resolver needs to know while it renders one markdown file: where the file is, which
 * page it becomes, what every other file becomes, and where to put what it finds.
 *
 * @param source     the markdown file, relative to the content root
 * @param file       the markdown file as reported in problems
 * @param page       the page being rendered
 * @param lineOffset added to AST line numbers, for passages cut out of a larger file
 * @param ownIds     heading ids of this page, for same-page fragments
 * @param problems   broken links found while rendering (thread-confined to this render)
 * @param fragments  links to headings of other files, to check when every file's headings are known
 *                   (thread-confined to this render)
 * @param linksTo    pages this one links to (thread-confined to this render)
 * @param lines      where the lines of the parsed text start: flexmark's own line lookup rescans the
 *                   text from its start on every call, once per link
 * @param skills     the landing page of every skill of a repository build, by name; bold text that is exactly
 *                   another skill's name links there. Empty when the build is of one skill
 */
public record LinkContext(Path source, Path file, SitePath page, int lineOffset, Set<String> ownIds,
                          LinkTargets targets, List<Problem> problems, List<FragmentLink> fragments, Set<SitePath> linksTo, LineIndex lines,
                          Map<String, SitePath> skills) {

    /** The 1-based line of the file this node starts on. */
    int lineOf(Node node) {
        return lines.lineOf(node.getStartOffset()) + 1 + lineOffset;
    }

    static final NullableDataKey<LinkContext> KEY = new NullableDataKey<>("SKILLSITE_LINK_CONTEXT", (LinkContext) null);
}
