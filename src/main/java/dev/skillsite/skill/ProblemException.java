package dev.skillsite.skill;

import java.util.List;

/** Carries the errors that stop a build out of the stage that found them. */
public final class ProblemException extends RuntimeException {
    private final List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(problems.isEmpty() ? "build failed" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
