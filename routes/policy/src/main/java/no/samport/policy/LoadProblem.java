package no.samport.policy;

/** Why a rule file cannot be used: the file, the line (1-based, 0 when the whole file is meant) and the reason. */
public record LoadProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + reason;
    }
}
