package no.samport.policy.load;

import java.util.ArrayList;
import java.util.List;
import no.samport.policy.LoadProblem;
import no.samport.policy.PolicyLoadException;
import no.samport.policy.rule.Origin;

/** Collects load problems so that one run reports all of them, not only the first. */
public final class Problems {

    private final List<LoadProblem> problems = new ArrayList<>();

    public void add(String file, int line, String reason) {
        problems.add(new LoadProblem(file, line, reason));
    }

    public void add(Origin origin, String reason) {
        add(origin.file(), origin.line(), reason);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<LoadProblem> all() {
        return List.copyOf(problems);
    }

    /** Fails with every problem collected, if there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new PolicyLoadException(problems);
        }
    }
}
