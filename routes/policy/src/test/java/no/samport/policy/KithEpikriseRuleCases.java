package no.samport.policy;

import java.util.List;
import java.util.Map;

/**
 * The cases of {@link KithEpikriseRulesTest}: each epikrise rule the KITH Epikrise carries the information for, on
 * epikriser written as KITH XML (test-fixtures {@code fixtures/kith/epikrise/1.2/}) and decoded by the real KITH codec,
 * once where it fires and once where it must not, in the form of {@link DefaultRuleCases}.
 */
final class KithEpikriseRuleCases {

    /** To the GP (RoleToPatient 6) on the day of discharge to a nursing home (AdmOutcome 35); complete. */
    static final String SYKEHJEM = "kith/epikrise/1.2/utskrevet-til-sykehjem-samme-dag.xml";
    /** To the GP's office (its GP by PatRelHCP FLE) the day after; copy to home care; no plan, a stop without reason. */
    static final String HJEM_DAGEN_ETTER = "kith/epikrise/1.2/utskrevet-hjem-med-hjemmesykepleie-dagen-etter.xml";
    /** To the nursing home itself, copy to the GP. */
    static final String TIL_SYKEHJEMMET = "kith/epikrise/1.2/utskrevet-til-korttidsplass-epikrise-til-sykehjemmet.xml";

    /** The rules a KITH epikrise cannot be judged by: it gives follow-up as text, never as tasks with an owner. */
    static final List<String> NOT_CHECKABLE = List.of("NFA-2.1.5", "NFA-2.2.5", "NFA-2.3.3.3", "NFA-2.4.1-2",
            "NFA-2.5.1", "NFA-3.2", "NFA-5.2", "NFA-5.3", "NFA-8", "T02");

    static final List<DefaultRuleCases.Case> ALL = List.of(
            fires("NFA-2.1.2a", HJEM_DAGEN_ETTER, Map.of("dischargeDate", List.of("2026-03-03"),
                    "sentDate", List.of("2026-03-04")), "the epikrise was sent after the day of discharge"),
            silent("NFA-2.1.2a", SYKEHJEM, Map.of("dischargeDate", List.of("2026-03-03"), "sentDate", List.of("2026-03-03"))),

            fires("NFA-2.1.2b", SYKEHJEM, Map.of("admOutcome", List.of("35"), "dischargedTo", List.of(),
                    "careUnitsAddressed", List.of()), "deadline 2026-03-03T22:59:59Z"),
            fires("NFA-2.1.2b", TIL_SYKEHJEMMET, Map.of("admOutcome", List.of("35")), "deadline 2026-03-05T22:59:59Z"),
            local(true, "NFA-2.1.2b", HJEM_DAGEN_ETTER, Map.of("admOutcome", List.of("1"),
                    "careUnitsAddressed", List.of("hjemmetjeneste")), "deadline 2026-03-03T22:59:59Z"),
            silent("NFA-2.1.2b", HJEM_DAGEN_ETTER, Map.of("admOutcome", List.of("1"), "municipalCare", List.of(),
                    "careUnitsAddressed", List.of())),

            fires("NFA-2.1.3", HJEM_DAGEN_ETTER, Map.of("kontaktlege", 1, "reachable", List.of()),
                    "kontaktlege without a phone number"),
            silent("NFA-2.1.3", SYKEHJEM, Map.of("kontaktlege", 1, "reachable", 1)),

            fires("NFA-2.1.4", HJEM_DAGEN_ETTER, Map.of("missing", List.of("plan")),
                    "lacks a summary, a medication list or a plan"),
            silent("NFA-2.1.4", SYKEHJEM, Map.of("sections", 4, "missing", List.of())),

            fires("NFA-2.3.2.1", SYKEHJEM, Map.of("medicationCount", List.of("4"), "receiverIsGp", List.of("true")),
                    "Task lib-samstemming for fastlege"),
            fires("NFA-2.3.2.1", HJEM_DAGEN_ETTER, Map.of("patientsGp", List.of("8140116"),
                    "receiverIsGp", List.of("true")), "Task lib-samstemming for fastlege"),
            silent("NFA-2.3.2.1", TIL_SYKEHJEMMET, Map.of("medicationCount", List.of("2"), "patientsGp", List.of("8140116"),
                    "receiverIsGp", List.of("false"))),

            fires("NFA-2.3.3.2", HJEM_DAGEN_ETTER, Map.of("changedWithoutReason", 1), "has no reason given"),
            silent("NFA-2.3.3.2", SYKEHJEM, Map.of("changedWithoutReason", List.of())));

    private KithEpikriseRuleCases() {
    }

    private static DefaultRuleCases.Case fires(String rule, String message, Map<String, Object> inputs, String effect) {
        return new DefaultRuleCases.Case(rule, message, false, true, inputs, effect);
    }

    private static DefaultRuleCases.Case silent(String rule, String message, Map<String, Object> inputs) {
        return new DefaultRuleCases.Case(rule, message, false, false, inputs, null);
    }

    private static DefaultRuleCases.Case local(boolean fires, String rule, String message, Map<String, Object> inputs,
                                               String effect) {
        return new DefaultRuleCases.Case(rule, message, true, fires, inputs, effect);
    }
}
