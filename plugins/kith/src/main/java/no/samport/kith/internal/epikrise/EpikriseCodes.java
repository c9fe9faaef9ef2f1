package no.samport.kith.internal.epikrise;

import java.util.Map;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;

/**
 * The Epikrise code lists (STANDARDS.md §6; values from NorskHelsenett/kith-visningsfiler
 * {@code felleskomponenter/kodeverk.xsl}) and Samport's FHIR reading of them. The KITH code is always kept as well,
 * so the reading never has to be reversed.
 */
final class EpikriseCodes {

    static final String SERV_TYPE = list("7309");
    static final String REPORT_STATUS = list("7306");
    static final String MEDICATION_STATUS = list("7307");
    static final String INF_ITEM_TYPE = list("8233");
    static final String HEADING = list("8311");
    static final String ADM_CAT = list("8240");
    /** Event/AdmOutcome ("Ut til"), as the official Epikrise display file renders it (kith-visningsfiler k-7300). */
    static final String ADM_OUTCOME = list("7300");
    static final String MESSAGE_STATUS = list("8323");
    static final String PERSON_IDS = list("8116");
    static final String PAT_REL_HCP = list("7319");
    static final String REL_PARTY = list("7317");

    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /** 7306: S Planlagt, P Foreløpig rapport, F Endelig rapport, A Tillegg til rapport. */
    private static final Map<String, CompositionStatus> COMPOSITION_STATUS = Map.of("S", CompositionStatus.PRELIMINARY,
            "P", CompositionStatus.PRELIMINARY, "F", CompositionStatus.FINAL, "A", CompositionStatus.AMENDED);
    private static final Map<CompositionStatus, Coding> REPORT_STATUS_OF = Map.of(
            CompositionStatus.PRELIMINARY, new Coding(REPORT_STATUS, "P", "Foreløpig rapport"),
            CompositionStatus.FINAL, new Coding(REPORT_STATUS, "F", "Endelig rapport"),
            CompositionStatus.AMENDED, new Coding(REPORT_STATUS, "A", "Tillegg til rapport"));
    /** 7307: 1 Inntatt, 2 Forskrevet, 3 Anbefalt å innta, 4 Anbefalt å slutte å innta, 5 sporadisk, 6 regelmessig, 10 Allergisk. */
    private static final Map<String, MedicationStatementStatus> MEDICATION = Map.of(
            "1", MedicationStatementStatus.COMPLETED, "2", MedicationStatementStatus.INTENDED,
            "3", MedicationStatementStatus.INTENDED, "4", MedicationStatementStatus.STOPPED,
            "5", MedicationStatementStatus.ACTIVE, "6", MedicationStatementStatus.ACTIVE,
            "10", MedicationStatementStatus.NOTTAKEN);
    /** 8240: 1 Heldøgnsopphold, 2 Dagbehandling, 3 Poliklinisk omsorg, 4 Telemedisinsk kontakt, 5 Konsultasjon, 6 Telefonkontakt. */
    private static final Map<String, Coding> ENCOUNTER_CLASS = Map.of(
            "1", new Coding(ACT_CODE, "IMP", "inpatient encounter"), "2", new Coding(ACT_CODE, "SS", "short stay"),
            "3", new Coding(ACT_CODE, "AMB", "ambulatory"), "4", new Coding(ACT_CODE, "VR", "virtual"),
            "5", new Coding(ACT_CODE, "AMB", "ambulatory"), "6", new Coding(ACT_CODE, "VR", "virtual"));
    private static final Coding UNKNOWN_CLASS = new Coding("http://terminology.hl7.org/CodeSystem/v3-NullFlavor",
            "UNK", "unknown");

    private EpikriseCodes() {
    }

    static CompositionStatus compositionStatus(String reportStatus) {
        return reportStatus == null ? CompositionStatus.PRELIMINARY
                : COMPOSITION_STATUS.getOrDefault(reportStatus, CompositionStatus.PRELIMINARY);
    }

    /** The 7306 code for a Composition.status, for a bundle built without the KITH code. */
    static Coding reportStatus(CompositionStatus status) {
        return REPORT_STATUS_OF.getOrDefault(status == null ? CompositionStatus.FINAL : status,
                REPORT_STATUS_OF.get(CompositionStatus.FINAL));
    }

    static MedicationStatementStatus medicationStatus(String code) {
        return code == null ? MedicationStatementStatus.UNKNOWN
                : MEDICATION.getOrDefault(code, MedicationStatementStatus.UNKNOWN);
    }

    static Coding encounterClass(Coding admCat) {
        Coding known = admCat == null || admCat.getCode() == null ? null : ENCOUNTER_CLASS.get(admCat.getCode());
        return (known == null ? UNKNOWN_CLASS : known).copy();
    }

    private static String list(String number) {
        return Systems.KITH_OID_PREFIX + number;
    }
}
