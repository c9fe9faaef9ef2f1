package no.samport.gateway.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What {@code validate} found, printed one per line with a summary; at most a page of warnings unless asked. */
final class Findings {

    static final int SHOWN_WARNINGS = 20;

    private final List<Finding> findings = new ArrayList<>();

    void add(Finding finding) {
        findings.add(finding);
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    long count(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Prints the findings (errors first) and a summary line.
     *
     * @param what         what the input is, e.g. "dialogmelding-1.1 message" or "FHIR message Bundle"
     * @param allWarnings  whether to print every warning rather than the first {@link #SHOWN_WARNINGS}
     */
    void print(PrintStream out, String file, String what, boolean allWarnings) {
        findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).forEach(f -> out.println(f.line()));
        List<Finding> warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
        int shown = allWarnings ? warnings.size() : Math.min(SHOWN_WARNINGS, warnings.size());
        warnings.subList(0, shown).forEach(f -> out.println(f.line()));
        if (shown < warnings.size()) {
            out.println("… and " + (warnings.size() - shown) + " more warnings (--all shows them)");
        }
        long errors = count(Finding.Severity.ERROR);
        out.println(file + ": " + (errors > 0 ? "INVALID " : "valid ") + what + " (" + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + ")");
    }
}
