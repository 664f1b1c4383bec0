package dev.skillsite.skill;

import java.util.List;

/**
 * A routing line, {@code - Task -> Section (topic, topic), Section}, with each target resolved as far as it
 * would go. A target that resolved to nothing keeps its text, so the line still reads as its author wrote it.
 */
public record Route(String task, List<Target> targets, int line) {

    public Route {
        targets = List.copyOf(targets);
    }

    /** One target of a route. */
    public sealed interface Target permits InSection, OtherSkill, Unresolved {
        /** The target as the line writes it. */
        String text();
    }

    /** A whole section, or topics of it; a topic name that matched nothing keeps its text ({@code topic} null). */
    public record InSection(String text, Section section, List<Mention> topics) implements Target {
        public InSection {
            topics = List.copyOf(topics);
        }
    }

    /** A topic a target names, and the topic it resolved to, or null. */
    public record Mention(String name, Topic topic) {
    }

    /** Another skill, named in bold ({@code **glide-mq**}): a skill this build may not hold. */
    public record OtherSkill(String text, String name) implements Target {
    }

    /** Text that named no section, topic or skill. */
    public record Unresolved(String text) implements Target {
    }

    public boolean leadsTo(Section section) {
        return targets.stream().anyMatch(t -> t instanceof InSection in && in.section().slug().equals(section.slug()));
    }

    /** The topics this route names that resolved, in order. */
    public List<Topic> topics() {
        return targets.stream().filter(InSection.class::isInstance).map(InSection.class::cast)
                .flatMap(t -> t.topics().stream()).map(Mention::topic).filter(t -> t != null).toList();
    }
}
