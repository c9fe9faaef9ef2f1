package no.samport.directory.gp.waiting;

import java.util.Optional;
import no.samport.directory.gp.CodedValue;

/**
 * The groups of a municipal waiting list (Trondheim's "venteliste for bytte av fastlege",
 * {@code 000_a508f49ec9d7047b.txt:305-315}): no GP at all, a GP elsewhere in Norway, a GP in the municipality but
 * wanting another.
 */
public enum WaitingGroup implements CodedValue {
    NO_GP("no-gp", "Uten fastlege"),
    GP_ELSEWHERE("gp-elsewhere", "Har fastlege i en annen kommune"),
    SWITCH_WITHIN("switch-within", "Ønsker å bytte fastlege i kommunen");

    private final String code;
    private final String display;

    WaitingGroup(String code, String display) {
        this.code = code;
        this.display = display;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String display() {
        return display;
    }

    public static Optional<WaitingGroup> fromCode(String code) {
        return CodedValue.byCode(WaitingGroup.class, code);
    }
}
