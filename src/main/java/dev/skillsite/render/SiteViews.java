package dev.skillsite.render;

import dev.skillsite.markdown.RenderedSkill;
import dev.skillsite.markdown.RenderedSkills;
import dev.skillsite.render.Views.CatalogueGroup;
import dev.skillsite.render.Views.CatalogueView;
import dev.skillsite.render.Views.FolderItemView;
import dev.skillsite.render.Views.FolderView;
import dev.skillsite.render.Views.LinkView;
import dev.skillsite.render.Views.PassageView;
import dev.skillsite.render.Views.RepositoryView;
import dev.skillsite.render.Views.RouteView;
import dev.skillsite.render.Views.SectionView;
import dev.skillsite.render.Views.SiteView;
import dev.skillsite.render.Views.SkillCard;
import dev.skillsite.site.SitePath;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything the whole site is made of: each skill's views, and for a repository of skills the catalogue
 * that leads to them. Pure code, as {@link SkillViews} is.
 *
 * @param skills    each skill's views, in the order the catalogue lists them
 * @param site      what the site-wide pages (the catalogue, the 404) see as {@code content.site}: the skill's
 *                  own view when it is the whole site, else the repository's
 * @param catalogue the repository's catalogue; null when the site is one skill
 * @param baseUrl   the published address, ending in {@code /}; empty when unknown
 */
public record SiteViews(List<SkillViews> skills, SiteView site, CatalogueView catalogue, String baseUrl) {
    /** How many of a skill's routes, sections or headings its catalogue card shows. */
    private static final int OFFERS = 3;
    /** What the site-wide pages' nav holds, for its label: the skills, where a skill's own nav holds its sections. */
    private static final String SKILLS = "Skills";

    public static SiteViews of(RenderedSkills rendered, SiteSettings settings) {
        return of(rendered, settings, new TextCache(Map.of(), false));
    }

    /** @param texts the texts of the last build, and where this one's are kept for the next */
    static SiteViews of(RenderedSkills rendered, SiteSettings settings, TextCache texts) {
        if (!rendered.set().repository()) {
            SkillViews skill = SkillViews.of(rendered.skills().get(0), settings, null, texts);
            return new SiteViews(List.of(skill), skill.site(), null, settings.baseUrl());
        }
        Path root = rendered.set().root().toAbsolutePath().normalize();
        String title = !settings.title().isEmpty() ? settings.title()
                : root.getFileName() == null ? "Skills" : root.getFileName().toString();
        RepositoryView repository = new RepositoryView(title, SitePath.LANDING.path(), rendered.skills().stream()
                .map(s -> new LinkView(s.skill().name(), s.skill().home().path(), "skill")).toList(),
                rendered.skills().stream().map(s -> s.skill().base()).toList());
        List<SkillViews> skills = rendered.skills().stream().map(s -> SkillViews.of(s, settings, repository, texts)).toList();
        CatalogueView catalogue = catalogue(title, rendered, skills);
        // The site-wide pages' nav is the catalogue's: every skill, folder by folder.
        List<FolderView> nav = catalogue.groups().stream().map(group -> new FolderView(group.folder(), group.skills().stream()
                .map(card -> new FolderItemView(card.name(), card.home(), "skill", "")).toList())).toList();
        SiteView site = new SiteView(title, "", "", "", "", settings.repositoryUrl(), SitePath.LANDING.path(), "", "",
                SKILLS, settings.sectionsAnchor(), "", List.of(), nav, List.of(), List.of(), SkillViews.THEME_FAVICON, repository);
        return new SiteViews(skills, site, catalogue, settings.baseUrl());
    }

    /** The skills in groups by the folder they live in; each skill's card says what it offers. */
    private static CatalogueView catalogue(String title, RenderedSkills rendered, List<SkillViews> views) {
        // The skills come the repository's top first, then folder by folder.
        Map<String, List<SkillCard>> groups = new LinkedHashMap<>();
        int pages = 0;
        for (int i = 0; i < views.size(); i++) {
            RenderedSkill skill = rendered.skills().get(i);
            SkillViews view = views.get(i);
            Path parent = skill.skill().folder().getParent();
            String folder = parent == null ? "" : parent.toString().replace('\\', '/') + "/";
            int skillPages = view.htmlPages().size();
            pages += skillPages;
            groups.computeIfAbsent(folder, k -> new ArrayList<>()).add(new SkillCard(skill.skill().name(), view.site().title(),
                    view.site().description(), view.site().version(), skillPages, view.site().home(), offers(view.site())));
        }
        List<CatalogueGroup> list = new ArrayList<>();
        groups.forEach((folder, cards) -> list.add(new CatalogueGroup(folder, cards)));
        return new CatalogueView(title, "", list, views.size(), pages);
    }

    /** What a skill offers first: its routes' tasks, else its sections, else SKILL.md's headings, else its pages. */
    private static List<String> offers(SiteView site) {
        Stream<String> offers = !site.routes().isEmpty() ? site.routes().stream().map(RouteView::task)
                : !site.sections().isEmpty() ? site.sections().stream().map(SectionView::title)
                : !site.passages().isEmpty() ? site.passages().stream().map(PassageView::heading)
                : site.folders().stream().map(FolderView::items).flatMap(List::stream).map(FolderItemView::label);
        return offers.limit(OFFERS).toList();
    }

    /** Whether the site's address is known and is a domain's root ({@code https://example.org/}), not a path under one. */
    boolean atDomainRoot() {
        if (baseUrl.isEmpty()) {
            return false;
        }
        try {
            String path = URI.create(baseUrl).getRawPath();
            return path == null || path.isEmpty() || path.equals("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every HTML page of the site but the 404, by path from its root: what a sitemap lists. */
    List<String> htmlPages() {
        List<String> paths = new ArrayList<>();
        if (catalogue != null) {
            paths.add(SitePath.LANDING.path());
        }
        skills.forEach(skill -> paths.addAll(skill.htmlPages()));
        return paths;
    }
}
