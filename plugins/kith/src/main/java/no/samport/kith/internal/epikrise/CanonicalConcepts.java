package no.samport.kith.internal.epikrise;

import java.util.Map;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;

/**
 * Samport's canonical epikrise concepts ({@code docs/policy/conventions.md}) that a KITH code carries without doubt,
 * added next to the KITH code so that rules and FHIR receivers read one shape whatever format the epikrise came in.
 * Only codes whose meaning the code tables state go here ({@code docs/mapping/epikrise.md}, "Canonical concepts");
 * the KITH code stays first, so nothing changes when the epikrise is written back.
 */
final class CanonicalConcepts {

    /** What part of the epikrise a section is (Samport design): sammendrag, diagnoser, legemidler, plan, … */
    static final String SECTION = Systems.SAMPORT_BASE + "CodeSystem/epikrise-section";
    /** MedicationStatement: how the medicine changed at discharge (Samport design). */
    static final String MEDICATION_CHANGE = Systems.SAMPORT_BASE + "StructureDefinition/medication-change";
    static final String MEDICATION_CHANGE_SYSTEM = Systems.SAMPORT_BASE + "CodeSystem/medication-change";

    private static final Coding SAMMENDRAG = new Coding(SECTION, "sammendrag", "Sammendrag");
    private static final Coding DIAGNOSER = new Coding(SECTION, "diagnoser", "Diagnoser");
    private static final Coding LEGEMIDLER = new Coding(SECTION, "legemidler", "Legemidler");
    private static final Coding PLAN = new Coding(SECTION, "plan", "Videre plan");

    /** 8233 InfItem/Type: H Hoveddiagnose, B Bidiagnose, MEDB Legemiddelopplysning. */
    private static final Map<String, Coding> BY_INF_ITEM_TYPE = Map.of("H", DIAGNOSER, "B", DIAGNOSER,
            "MEDB", LEGEMIDLER);
    /** 8311 Comment/Heading: FO Forløp og behandling, ME Medisinering, OP Planer for videre oppfølging. */
    private static final Map<String, Coding> BY_HEADING = Map.of("FO", SAMMENDRAG, "ME", LEGEMIDLER, "OP", PLAN);
    /** 7307 Medication/Status 4: Anbefalt å slutte å innta. */
    private static final String STOP_RECOMMENDED = "4";

    private CanonicalConcepts() {
    }

    /** The section concept of a KITH InfItem type (8233) or Comment heading (8311), or null. */
    static Coding section(Coding kithCode) {
        if (kithCode == null || kithCode.getCode() == null) {
            return null;
        }
        Map<String, Coding> concepts = EpikriseCodes.INF_ITEM_TYPE.equals(kithCode.getSystem()) ? BY_INF_ITEM_TYPE
                : EpikriseCodes.HEADING.equals(kithCode.getSystem()) ? BY_HEADING : Map.of();
        Coding concept = concepts.get(kithCode.getCode());
        return concept == null ? null : concept.copy();
    }

    /** The change a 7307 medication status states (only 4: the medicine is to be stopped), or null. */
    static Extension medicationChange(Coding status) {
        if (status == null || !STOP_RECOMMENDED.equals(status.getCode())
                || !EpikriseCodes.MEDICATION_STATUS.equals(status.getSystem())) {
            return null;
        }
        return new Extension(MEDICATION_CHANGE, new Coding(MEDICATION_CHANGE_SYSTEM, "seponert", "Seponert"));
    }
}
