package no.samport.policy.rule;

/** Where something was written: a rule file and a line (1-based). */
public record Origin(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
