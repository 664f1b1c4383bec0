package dev.skillsite.skill;

import java.util.List;
import java.util.Optional;

/** A {@code ## Section} of SKILL.md with its table of topics, in table order. */
public record Section(String title, String slug, int line, List<Topic> topics) {

    public Section {
        topics = List.copyOf(topics);
    }

    public SitePath page() {
        return new SitePath(slug + "/index.html");
    }

    public Optional<Topic> topic(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
