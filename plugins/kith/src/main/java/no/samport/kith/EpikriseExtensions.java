package no.samport.kith;

import no.samport.plugin.api.fhir.Systems;

/**
 * The FHIR extensions and identifier systems of the Epikrise mapping ({@code docs/mapping/epikrise.md}) for what R4
 * has no element for, so that an epikrise re-encodes as it came in.
 */
public final class EpikriseExtensions {

    private static final String BASE = Systems.SAMPORT_BASE + "StructureDefinition/";
    private static final String NAMING = Systems.SAMPORT_BASE + "NamingSystem/";

    /** Composition: {@code Message/MsgVersion}. */
    public static final String MSG_VERSION = BASE + "epikrise-msg-version";
    /** Composition, Encounter, ServiceRequest: {@code ServType} (7309). */
    public static final String SERV_TYPE = BASE + "epikrise-serv-type";
    /** Composition: {@code ServRprt/Status} (7306) as written; Composition.status is its FHIR reading. */
    public static final String REPORT_STATUS = BASE + "epikrise-report-status";
    /** Composition: {@code ServRprt/Priority} (CS). */
    public static final String PRIORITY = BASE + "epikrise-priority";
    /** Composition: {@code ServRprt/Ack} (CS). */
    public static final String ACK = BASE + "epikrise-ack";
    /** Composition.section: what the section holds, code {@code serv-req | event | inf-item | comment | coded-comment}. */
    public static final String SECTION = BASE + "epikrise-section";
    /** Composition.section (comment), ServiceRequest reason: {@code TextCode} (CV, repeats). */
    public static final String TEXT_CODE = BASE + "epikrise-text-code";
    /** CodeableConcept: one {@code Modifier} of a Concept; sub-extensions {@code name} (Coding), {@code value} (CodeableConcept, repeats). */
    public static final String MODIFIER = BASE + "epikrise-modifier";

    /**
     * Composition, Encounter, Patient and the InfItem resources: one element naming a health-care party, in order.
     * Sub-extensions {@code kind} (code: serv-provider, requester, copy-dest, rel-serv-provider, pat-rel-hcp, origin,
     * rel-hc-provider), {@code relation}, {@code role}, {@code comMethod} (Coding), {@code start}, {@code end}
     * (dateTime), {@code copyDestRole} (complex: {@code msgType}, {@code reqComMethod}, {@code actComMethod}) and
     * {@code party} (Reference to the Organization, PractitionerRole or Practitioner of the HCP).
     */
    public static final String PARTICIPANT = BASE + "epikrise-participant";

    /** Patient: {@code PatientPrecaution}; sub-extensions {@code precaution} (string), {@code start}, {@code end}. */
    public static final String PATIENT_PRECAUTION = BASE + "epikrise-patient-precaution";
    /** Patient.contact: {@code PatientRelParty/RelPartyOffId}. */
    public static final String REL_PARTY_OFF_ID = BASE + "epikrise-rel-party-off-id";

    /** Encounter: {@code Event/Recipient} (8250). */
    public static final String RECIPIENT = BASE + "epikrise-recipient";
    /** Encounter: {@code Event/ExpDuration} (PQ) as Quantity. */
    public static final String EXPECTED_DURATION = BASE + "epikrise-expected-duration";
    /** Encounter: {@code AssRequest}; sub-extensions {@code issueDate} (dateTime), {@code msgType} (Coding), {@code id} (string). */
    public static final String ASS_REQUEST = BASE + "epikrise-ass-request";

    /** Condition, AllergyIntolerance, Observation, MedicationStatement: {@code InfItem} StartDateTime, EndDateTime, OrgDate as sub-extensions {@code start}, {@code end}, {@code orgDate}. */
    public static final String INF_ITEM_DATES = BASE + "epikrise-inf-item-dates";

    /** MedicationStatement: {@code Medication/Status} (7307) as written; status is its FHIR reading. */
    public static final String MEDICATION_STATUS = BASE + "epikrise-medication-status";
    /** MedicationStatement: {@code DosageCoded} (CV). */
    public static final String DOSAGE_CODED = BASE + "epikrise-dosage-coded";
    /** MedicationStatement: {@code IntendedDuration} (PQ). */
    public static final String INTENDED_DURATION = BASE + "epikrise-intended-duration";
    /** MedicationStatement: {@code QuantitySupplied} (PQ). */
    public static final String QUANTITY_SUPPLIED = BASE + "epikrise-quantity-supplied";

    /** ServiceRequest: {@code ServReq/ReceiptDate}. */
    public static final String RECEIPT_DATE = BASE + "epikrise-receipt-date";
    /** ServiceRequest: {@code ReasonAsText}; sub-extensions {@code heading} (Coding), {@code text} (string), {@code xml} (string, when it has markup), {@code textCode} (CodeableConcept, repeats). */
    public static final String REASON_AS_TEXT = BASE + "epikrise-reason-as-text";

    /** Narrative: the KITH anyType content was plain text (written back without markup). */
    public static final String PLAIN_TEXT = BASE + "kith-plain-text";
    /** Narrative: the KITH anyType content was several XHTML elements, wrapped in one div for FHIR. */
    public static final String WRAPPED = BASE + "kith-wrapped";

    /** Identifier system: {@code ServRprt/ServProvId}. */
    public static final String SERV_PROV_ID = NAMING + "epikrise-serv-prov-id";
    /** Identifier system: {@code ServReq/Id}. */
    public static final String SERV_REQ_ID = NAMING + "epikrise-serv-req-id";
    /** Identifier system: {@code Patient/IdByServProvider}. */
    public static final String ID_BY_SERV_PROVIDER = NAMING + "epikrise-id-by-serv-provider";
    /** Identifier system: {@code Patient/IdByRequester}. */
    public static final String ID_BY_REQUESTER = NAMING + "epikrise-id-by-requester";

    private EpikriseExtensions() {
    }
}
