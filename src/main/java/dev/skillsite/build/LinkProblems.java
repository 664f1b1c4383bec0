package dev.skillsite.build;

import dev.skillsite.check.BrokenLink;
import dev.skillsite.check.CheckReport;
import dev.skillsite.render.SiteRenderer.RenderedPage;
import dev.skillsite.skill.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Broken links as build errors, each at the file a person has to edit: the markdown line when the link
 * came from markdown (its {@code data-source}), else the template that rendered the page, or the asset
 * file it was copied from. A template's link breaks on every page the template makes, so each such break
 * is reported once, with the number of pages.
 */
final class LinkProblems {
    private LinkProblems() {
    }

    static List<Problem> of(CheckReport check, Path site, Path content, Theme theme, List<RenderedPage> pages) {
        Map<String, Path> templateOf = new HashMap<>();
        pages.forEach(p -> templateOf.put(p.path().path(), p.template()));
        record Break(Path file, String kind, String message) {
        }
        List<Problem> problems = new ArrayList<>();
        Map<Break, List<BrokenLink>> templateBreaks = new LinkedHashMap<>();
        for (BrokenLink f : check.errors()) {
            String where = f.kind().label() + ": " + f.message() + " (" + f.url() + ", in " + site.resolve(f.page()) + ":" + f.line()
                    + ":" + f.column();
            if (f.source() != null) {
                problems.add(Problem.error(content.resolve(f.source().file()), f.source().line(), where + ")"));
                continue;
            }
            Path file = templateOf.getOrDefault(f.page(), theme.origin(theme.assets().resolve(f.page())));
            templateBreaks.computeIfAbsent(new Break(file, f.kind().label(), f.message()), k -> new ArrayList<>()).add(f);
        }
        templateBreaks.forEach((key, found) -> {
            BrokenLink first = found.get(0);
            String more = found.size() == 1 ? "" : " and " + (found.size() - 1) + " more page" + (found.size() == 2 ? "" : "s");
            problems.add(Problem.error(key.file(), 0, key.kind() + ": " + key.message() + " (" + first.url() + ", in "
                    + site.resolve(first.page()) + ":" + first.line() + ":" + first.column() + more + ")"
                    + (key.file().toString().endsWith(".ftl") ? "; the link comes from this template or one it imports" : "")));
        });
        return problems;
    }
}
