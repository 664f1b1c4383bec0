package dev.skillsite.skill;

import java.util.List;

/** A routing line, {@code - Task -> Section (topic, topic), Section}, with its targets resolved. */
public record Route(String task, List<Target> targets, int line) {

    public Route {
        targets = List.copyOf(targets);
    }

    /** One target of a route: a whole section, or chosen topics of it. */
    public record Target(Section section, List<Topic> topics) {
        public Target {
            topics = List.copyOf(topics);
        }
    }

    public boolean leadsTo(Section section) {
        return targets.stream().anyMatch(t -> t.section().slug().equals(section.slug()));
    }

    public boolean leadsTo(Topic topic) {
        return targets.stream().flatMap(t -> t.topics().stream()).anyMatch(topic::equals);
    }
}
