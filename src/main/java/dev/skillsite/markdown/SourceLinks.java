package dev.skillsite.markdown;

import com.vladsch.flexmark.util.data.DataKey;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which inline code names a file of the source repository, and where that file is read: {@code src/ae.c}
 * becomes {@code <url>src/ae.c}, {@code src/ae.c:123} {@code <url>src/ae.c#L123}, {@code src/ae.c:10-20}
 * {@code #L10-L20}. Only text that is a repository path and nothing else qualifies: a path under one of
 * {@code folders} whose last part is a source file (by extension, or a {@code Makefile}) or a folder
 * ({@code tests/unit/}), or one of the top-level {@code files}. Globs, placeholders, build outputs and
 * prose never match, so no link leads to a page that cannot exist.
 *
 * @param url     the repository at a ref, ending in {@code /}; empty turns source links off
 * @param folders top-level folders of the repository, each ending in {@code /}
 * @param files   top-level files that are named bare; ambiguous names such as {@code Makefile} stay out
 */
public record SourceLinks(String url, List<String> folders, Set<String> files) {
    /** Where most repositories keep their code and tests, for a project that names a repository but not its folders. */
    public static final List<String> DEFAULT_FOLDERS = List.of("src/", "lib/", "include/", "test/", "tests/");
    public static final Set<String> DEFAULT_FILES = Set.of("README.md", "CONTRIBUTING.md");
    /** No source links: what a project gets until it names a repository. */
    public static final SourceLinks NONE = new SourceLinks("", List.of(), Set.of());

    static final DataKey<SourceLinks> KEY = new DataKey<>("SKILLSITE_SOURCE_LINKS", NONE);

    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9_.][A-Za-z0-9_.+/-]*)(?::(\\d+)(?:-(\\d+))?)?");
    // Files that live in a source tree; object files, archives and binaries are build outputs, not in the repository.
    private static final Pattern SOURCE_FILE = Pattern.compile(
            "(?:[^/]+\\.(?:c|h|cc|cpp|hpp|tcl|rs|lua|py|sh|js|json|def|conf|yml|yaml|md|txt|sup|toml|cmake|in|mk|awk|pl|rb|go)|Makefile)");

    public SourceLinks {
        url = url.isEmpty() || url.endsWith("/") ? url : url + "/";
        folders = folders.stream().map(f -> f.endsWith("/") ? f : f + "/").toList();
        files = Set.copyOf(files);
    }

    /** The link for the text of an inline code span, when that text is a repository path. */
    public Optional<String> href(String code) {
        Matcher m = PATH.matcher(code.strip());
        if (url.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        String path = m.group(1);
        if (path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        boolean folder = path.endsWith("/");
        String name = path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
        boolean qualifies = files.contains(path)
                || folders.stream().anyMatch(f -> path.startsWith(f) && (folder || SOURCE_FILE.matcher(name).matches()));
        if (!qualifies || (folder && m.group(2) != null)) {
            return Optional.empty();
        }
        String line = m.group(2) == null ? "" : "#L" + m.group(2) + (m.group(3) == null ? "" : "-L" + m.group(3));
        return Optional.of(url + path + line);
    }
}
