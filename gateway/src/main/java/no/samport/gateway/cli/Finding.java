package no.samport.gateway.cli;

/**
 * One finding of {@code validate}: how serious, where (element path and line, or FHIRPath) and what.
 *
 * @param severity error (the input is invalid) or warning (a deviation Samport reads around, or advice)
 * @param where    the location, or null when the finding is about the whole input
 * @param what     the message, without patient data
 */
record Finding(Severity severity, String where, String what) {

    /** How serious a finding is. */
    enum Severity { ERROR, WARNING }

    static Finding error(String where, String what) {
        return new Finding(Severity.ERROR, where, what);
    }

    static Finding warning(String where, String what) {
        return new Finding(Severity.WARNING, where, what);
    }

    /** One line: {@code ERROR   where: what}. */
    String line() {
        String label = severity == Severity.ERROR ? "ERROR  " : "WARNING";
        return where == null ? label + " " + what : label + " " + where + ": " + what;
    }
}
