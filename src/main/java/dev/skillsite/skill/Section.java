package dev.skillsite.skill;

import dev.skillsite.site.SitePath;

import java.util.List;
import java.util.Optional;

/**
 * A {@code ## Section} of SKILL.md with its table of topics, in table order.
 *
 * @param slug   the section's folder in the skill's site ({@link Slugs}): {@code build-test} for "Build &amp; Test"
 * @param anchor the id its heading links by on the landing page ({@link HeadingIds}): {@code build--test}
 * @param page   the section's page: {@code build-test/index.html} in the skill's folder of the site
 */
public record Section(String title, String slug, String anchor, SitePath page, int line, List<Topic> topics) {

    public Section {
        topics = List.copyOf(topics);
    }

    public Optional<Topic> topic(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
