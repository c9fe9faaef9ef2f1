package no.samport.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases of {@link DefaultRulesTest}: for each default rule, a message it fires on and one it must not fire on,
 * with the inputs it must have read (a list of values, or a count where the values are resource ids) and a piece of
 * the effect it must have. Messages are fixtures by scenario (test-fixtures, {@code fixtures/policy/} and
 * {@code fixtures/kith/}). "local" cases run with the test region and municipality layers (rules off by default, or
 * needing a unit for a role).
 */
final class DefaultRuleCases {

    static final String SYKEHJEM = "policy/epikrise/utskrevet-til-sykehjem-samme-dag.json";
    static final String HJEM_DAGEN_ETTER = "policy/epikrise/utskrevet-hjem-med-hjemmesykepleie-dagen-etter.json";
    static final String KOPI_HJEMMESYKEPLEIEN = "policy/epikrise/utskrevet-hjem-kopi-til-hjemmesykepleien.json";
    static final String SYKEHUSETS_OPPGAVER = "policy/epikrise/ber-fastlegen-om-sykehusets-oppgaver.json";
    static final String AVTALTE_OPPGAVER = "policy/epikrise/usikker-indikasjon-og-avtalte-oppgaver-til-fastlegen.json";
    static final String MOTE_TI_DAGER = "policy/dialogmelding/innkalling-til-ansvarsgruppemote-om-ti-dager.json";
    static final String MOTE_TRE_UKER = "policy/dialogmelding/innkalling-til-ansvarsgruppemote-om-tre-uker.json";
    static final String RESEPT_TIL_DROPIN = "policy/dialogmelding/foresporsel-om-resept-til-dropin-lege.json";
    static final String FLYKTNING = "policy/dialogmelding/foresporsel-om-flyktning-uten-fastlege.json";
    static final String RESEPT_TIL_FASTLEGE = "kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml";

    /** One case: does {@code rule} fire on {@code message}, what did it read, what does it do. */
    record Case(String rule, String message, boolean local, boolean fires, Map<String, Object> inputs, String effect) {
        @Override
        public String toString() {
            return rule + (fires ? " fires on " : " does not fire on ") + message.substring(message.lastIndexOf('/') + 1)
                    + (local ? " (local layers)" : "");
        }
    }

    static final List<Case> ALL = List.of(
            fires("NFA-2.1.2a", HJEM_DAGEN_ETTER, inputs("dischargeDate", List.of("2026-03-03"), "sentDate", List.of("2026-03-04")),
                    "the epikrise was sent after the day of discharge"),
            silent("NFA-2.1.2a", SYKEHJEM, inputs("dischargeDate", List.of("2026-03-03"), "sentDate", List.of("2026-03-03"))),

            fires("NFA-2.1.2b", SYKEHJEM, inputs("dischargedTo", List.of("snf"), "municipalCare", List.of()),
                    "deadline 2026-03-03T22:59:59Z"),
            fires("NFA-2.1.2b", HJEM_DAGEN_ETTER, inputs("dischargedTo", List.of("home"), "municipalCare", List.of("true")),
                    "deadline 2026-03-03T22:59:59Z"),
            silent("NFA-2.1.2b", SYKEHUSETS_OPPGAVER, inputs("dischargedTo", List.of("home"), "municipalCare", List.of())),

            fires("NFA-2.1.3", HJEM_DAGEN_ETTER, inputs("kontaktlege", 1, "reachable", List.of()),
                    "kontaktlege without a phone number"),
            silent("NFA-2.1.3", SYKEHJEM, inputs("kontaktlege", 1, "reachable", 1)),

            fires("NFA-2.1.4", HJEM_DAGEN_ETTER, inputs("missing", List.of("plan")), "lacks a summary, a medication list or a plan"),
            silent("NFA-2.1.4", SYKEHJEM, inputs("sections",
                    List.of("sammendrag", "diagnoser", "legemidler", "kontaktlege", "plan"), "missing", List.of())),

            fires("NFA-2.1.5", HJEM_DAGEN_ETTER, inputs("withoutOwner", 1), "has no owner"),
            silent("NFA-2.1.5", SYKEHJEM, inputs("withoutOwner", List.of())),

            fires("NFA-2.2.5", SYKEHUSETS_OPPGAVER, inputs("callInTasks", 1), "asks the GP to call the patient in"),
            silent("NFA-2.2.5", AVTALTE_OPPGAVER, inputs("callInTasks", List.of())),

            fires("NFA-2.3.2.1", SYKEHJEM, inputs("medicationCount", List.of("4"), "receiverIsGp", List.of("true")),
                    "Task lib-samstemming for fastlege"),
            silent("NFA-2.3.2.1", KOPI_HJEMMESYKEPLEIEN, inputs("medicationCount", List.of("3"), "receiverIsGp", List.of("false"))),

            fires("NFA-2.3.3.2", HJEM_DAGEN_ETTER, inputs("changedWithoutReason", 1), "has no reason given"),
            silent("NFA-2.3.3.2", SYKEHJEM, inputs("changedWithoutReason", List.of())),

            fires("NFA-2.3.3.3", SYKEHUSETS_OPPGAVER, inputs("prescriptionTasks", 1), "asked to prescribe"),
            silent("NFA-2.3.3.3", AVTALTE_OPPGAVER, inputs("prescriptionTasks", List.of())),

            fires("NFA-2.4.1-2", SYKEHUSETS_OPPGAVER, inputs("followUpOfOthersTests", 1), "a test the hospital requisitioned"),
            silent("NFA-2.4.1-2", AVTALTE_OPPGAVER, inputs("followUpOfOthersTests", List.of())),

            fires("NFA-2.5.1", SYKEHUSETS_OPPGAVER, inputs("sickNoteTasks", 1), "first sick note"),
            silent("NFA-2.5.1", AVTALTE_OPPGAVER, inputs("sickNoteTasks", List.of())),

            fires("NFA-3.2", SYKEHUSETS_OPPGAVER, inputs("transportTasks", 1), "requisition transport"),
            silent("NFA-3.2", AVTALTE_OPPGAVER, inputs("transportTasks", List.of())),

            fires("NFA-5.2", SYKEHUSETS_OPPGAVER, inputs("internalReferrals", 1), "another department of the hospital"),
            silent("NFA-5.2", AVTALTE_OPPGAVER, inputs("internalReferrals", List.of())),

            fires("NFA-5.3", AVTALTE_OPPGAVER, inputs("assessTasks", 1), "allowed for fastlege"),
            silent("NFA-5.3", SYKEHUSETS_OPPGAVER, inputs("assessTasks", List.of())),

            fires("NFA-7.5", MOTE_TI_DAGER, inputs("meetingStart", List.of("2026-03-12T10:00:00+01:00"),
                    "sentAt", List.of("2026-03-02T08:31:00+01:00")), "at shorter notice than minNotice"),
            silent("NFA-7.5", MOTE_TRE_UKER, inputs("meetingStart", List.of("2026-03-23T10:00:00+01:00"))),

            fires("NFA-8", SYKEHUSETS_OPPGAVER, inputs("unagreed", List.of("Lysbehandling av psoriasis")),
                    "not among the agreed transfers"),
            silent("NFA-8", AVTALTE_OPPGAVER, inputs("gpTasks", 4, "unagreed", List.of())),

            fires("T02", HJEM_DAGEN_ETTER, inputs("woundCare", 1), "allowed for hjemmetjeneste"),
            silent("T02", SYKEHJEM, inputs("woundCare", List.of())),

            local(true, "T08", AVTALTE_OPPGAVER, inputs("homeSampling", 1), "allowed for hjemmetjeneste"),
            local(false, "T08", SYKEHJEM, inputs("homeSampling", List.of()), null),

            fires("T10", RESEPT_TIL_FASTLEGE, inputs("requestType", List.of("6"), "receiverIsGp", List.of("true")),
                    "allowed for fastlege"),
            silent("T10", FLYKTNING, inputs("requestType", List.of("1"), "receiverIsGp", List.of("false"))),

            local(true, "T18", FLYKTNING, inputs("dufNumber", List.of("true"), "hasGp", List.of("false"),
                    "addressedToGp", List.of("false")), "re-route to HER-id 8140040 (the unit for role migrasjonslege)"),
            fires("T18", FLYKTNING, inputs("dufNumber", List.of("true")), "not applied: no unit fills the role migrasjonslege"),
            silent("T18", RESEPT_TIL_DROPIN, inputs("dufNumber", List.of("false"), "hasGp", List.of("true"))),

            local(true, "K-DROPIN-RX", RESEPT_TIL_DROPIN, inputs("requestType", List.of("6"), "toDropIn", List.of("true"),
                    "patientGp", List.of("8140127")), "re-route to HER-id 8140127 (HER-id read by input patientGp)"),
            local(false, "K-DROPIN-RX", RESEPT_TIL_FASTLEGE, inputs("requestType", List.of("6"), "toDropIn", List.of("false")), null),

            local(true, "SAMPORT-SVARFRIST", RESEPT_TIL_FASTLEGE, inputs("receiverIsGp", List.of("true")),
                    "deadline 2026-03-13T12:00:00Z"),
            local(false, "SAMPORT-SVARFRIST", RESEPT_TIL_DROPIN, inputs("receiverIsGp", List.of("false")), null));

    private DefaultRuleCases() {
    }

    private static Case fires(String rule, String message, Map<String, Object> inputs, String effect) {
        return new Case(rule, message, false, true, inputs, effect);
    }

    private static Case silent(String rule, String message, Map<String, Object> inputs) {
        return new Case(rule, message, false, false, inputs, null);
    }

    private static Case local(boolean fires, String rule, String message, Map<String, Object> inputs, String effect) {
        return new Case(rule, message, true, fires, inputs, effect);
    }

    private static Map<String, Object> inputs(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
