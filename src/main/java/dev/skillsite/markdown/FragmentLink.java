package dev.skillsite.markdown;

import dev.skillsite.skill.Problem;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A link to a heading of another file ({@code reference/x.md#how-it-works}), found while its page renders
 * and checked once every page's headings are known: a page renders as soon as it is parsed, so that its
 * syntax tree need not wait in memory for all the others.
 *
 * @param file     the markdown file the link is written in, as reported in problems
 * @param line     the 1-based line it is written on
 * @param url      the link as written
 * @param target   the file it names, relative to the skill folder
 * @param fragment the heading id it names
 */
record FragmentLink(Path file, int line, String url, Path target, String fragment) {

    /** The problem this link is, if the file it names has no heading with its id. */
    Optional<Problem> check(LinkTargets targets) {
        LinkTargets.Target resolved = targets.of(target).orElseThrow();
        return resolved.ids().contains(fragment) ? Optional.empty()
                : Optional.of(Problem.error(file, line, "link to " + url + ", but " + target + " has no heading with id #" + fragment));
    }
}
