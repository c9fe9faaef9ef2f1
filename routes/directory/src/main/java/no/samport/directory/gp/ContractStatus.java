package no.samport.directory.gp;

import java.util.Arrays;
import java.util.Optional;

/** A GP contract's status, code list 7751: only an open list takes new patients. */
public enum ContractStatus {
    FAAA("Åpen"),
    FALU("Lukket"),
    FALA("Låst");

    private final String display;

    ContractStatus(String display) {
        this.display = display;
    }

    public String code() {
        return name();
    }

    public String display() {
        return display;
    }

    public static Optional<ContractStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code == null ? null : code.strip())).findFirst();
    }
}
