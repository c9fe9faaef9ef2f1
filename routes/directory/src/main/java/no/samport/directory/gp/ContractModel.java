package no.samport.directory.gp;

import java.util.Optional;

/**
 * How a GP contract is run (GP-LISTS.md §1, a Samport code list): private practice, the municipality supplies office
 * and staff (8.2), salaried, salaried with activity pay. Salaries themselves are never stored.
 */
public enum ContractModel implements CodedValue {
    HOVEDMODELL("hovedmodell", "Hovedmodell (privat praksis)"),
    AVTALE_8_2("8.2-avtale", "8.2-avtale"),
    FASTLONN("fastlonn", "Fastlønn"),
    FASTLONN_BONUS("fastlonn-bonus", "Fastlønn med bonus");

    private final String code;
    private final String display;

    ContractModel(String code, String display) {
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

    public static Optional<ContractModel> fromCode(String code) {
        return CodedValue.byCode(ContractModel.class, code);
    }
}
