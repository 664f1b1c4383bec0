package dev.skillsite.markdown;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.skillsite.site.Href;
import dev.skillsite.site.SitePath;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A topic's markdown as its author wrote it, for agents that read markdown rather than HTML, with the
 * position of every link to another file of the skill. A copy can be placed anywhere in the site
 * ({@link #placedAt}) and its links are rewritten to resolve from there: a topic's copy sits beside its
 * page ({@code architecture/event-loop.md}); SKILL.md has no copy, so a link to it leads to
 * {@code llms.txt}, the skill's markdown index, or, with a fragment, to that heading of the landing page.
 * Everything else (prose, code, external links) is published byte for byte.
 */
public record MarkdownCopy(String text, List<Span> links) implements Serializable {
    /** The markdown index of the site, in the llms.txt format. */
    public static final SitePath LLMS_TXT = new SitePath("llms.txt");

    /**
     * A link target in the text: characters {@code start} to {@code end} name {@code page}, maybe
     * {@code #fragment}; {@code file} is what an agent reads instead of the page (a file as published, or
     * for SKILL.md its skill's {@code llms.txt}), null for a markdown page, whose copy sits beside it.
     */
    public record Span(int start, int end, SitePath page, SitePath file, String fragment) implements Serializable {
    }

    public MarkdownCopy {
        links = links.stream().sorted(Comparator.comparingInt(Span::start)).toList();
    }

    /** Where the markdown copy of a topic page lives: beside it, {@code .md} for {@code .html}. */
    public static SitePath copyOf(SitePath page) {
        String path = page.path();
        return new SitePath(path.substring(0, path.lastIndexOf('.')) + ".md");
    }

    /** A skill's markdown index, beside its landing page: {@code llms.txt}, or {@code glide-mq/llms.txt}. */
    public static SitePath llmsOf(SitePath home) {
        return new SitePath(home.folder() + LLMS_TXT.path());
    }

    /** The copy of a parsed file whose links are read from its AST: inline links, images and reference definitions. */
    static MarkdownCopy of(Document document, Path source, LinkTargets targets) {
        List<Span> spans = new ArrayList<>();
        NodeWalk.forEach(document, node -> {
            if (node instanceof LinkNodeBase link) {
                span(link.getUrl(), source, targets).ifPresent(spans::add);
            }
        });
        return new MarkdownCopy(text(document), spans);
    }

    /** The text a document was parsed from: the string itself, rather than a copy made character by character. */
    private static String text(Document document) {
        BasedSequence chars = document.getChars();
        return chars.getBase() instanceof String base && chars.length() == base.length() ? base : chars.toString();
    }

    /** A link to another file of the skill: to a markdown page's copy, or to any other file as published. */
    private static Optional<Span> span(BasedSequence url, Path source, LinkTargets targets) {
        Href href = Href.of(url.toString());
        if (href.kind() != Href.Kind.RELATIVE) {
            return Optional.empty();
        }
        try {
            return targets.of(LinkTargets.resolve(source, href.decodedPath()))
                    .map(t -> new Span(url.getStartOffset(), url.getEndOffset(), t.page(), t.file(), href.fragment()));
        } catch (IllegalArgumentException e) { // a broken %-escape, or no path at all (InvalidPathException)
            return Optional.empty(); // the page render reports it
        }
    }

    /** The text with every skill link rewritten to resolve from {@code where}. */
    public String placedAt(SitePath where) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int last = 0;
        for (Span link : links) {
            out.append(text, last, link.start()).append(hrefFrom(link, where));
            last = link.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /**
     * A markdown page's copy, beside the page; a heading of a landing page, which has no copy, on the page
     * itself; anything else as an agent reads it: the file, or a skill's llms.txt.
     */
    private static String hrefFrom(Span link, SitePath where) {
        boolean hasFragment = link.fragment() != null && !link.fragment().isEmpty();
        String fragment = link.fragment() == null ? "" : "#" + link.fragment();
        SitePath target;
        if (link.file() == null) {
            target = copyOf(link.page());
        } else if (hasFragment && link.file().path().endsWith(LLMS_TXT.path())) {
            target = link.page();
        } else {
            target = link.file();
        }
        return (target.equals(where) ? "" : target.hrefFrom(where)) + (link.file() == null || hasFragment ? fragment : "");
    }
}
