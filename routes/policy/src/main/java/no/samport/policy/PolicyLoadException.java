package no.samport.policy;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that cannot be loaded: every problem found, each with its file, line and reason. */
public final class PolicyLoadException extends RuntimeException {

    private final transient List<LoadProblem> problems;

    public PolicyLoadException(List<LoadProblem> problems) {
        super(problems.size() + " problem(s) in the task-sharing rule files:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
