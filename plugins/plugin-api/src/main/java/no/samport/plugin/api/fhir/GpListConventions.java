package no.samport.plugin.api.fhir;

/**
 * Samport's FHIR conventions for GP lists and waiting lists (ARCHITECTURE.md §3; docs/mapping/gp-lists.md): a GP
 * contract's list is a {@code Group}, a doctor on it a {@code PractitionerRole}, a waiting-list entry a {@code Task},
 * list and waiting-list events are message bundles with codes from {@link #EVENT}. The Fastlegeregisteret code lists
 * (7750–7754) are KITH (Volven) lists; everything no national standard defines lives under {@link Systems#SAMPORT_BASE}.
 */
public final class GpListConventions {

    /** A GP contract's id (Fastlegeregisteret {@code GPContract.Id}): {@code Group.identifier}. */
    public static final String CONTRACT_ID = Systems.SAMPORT_BASE + "NamingSystem/gp-contract-id";
    /** A waiting-list entry's id in the system that sent it: {@code Task.identifier}. */
    public static final String WAITING_ENTRY_ID = Systems.SAMPORT_BASE + "NamingSystem/gp-waiting-entry-id";
    /** Kommunenummer (3402), as in the HL7 Norway no-basis NamingSystem. */
    public static final String MUNICIPALITY = "https://register.geonorge.no/sosi-kodelister/kommunenummer";

    /** 7750 GP's relationship to a contract: LPFL fastlege, LPVI vikar, LPDL delelege. */
    public static final String RELATIONSHIP = Systems.KITH_OID_PREFIX + "7750";
    /** 7751 GP contract status: FAAA open, FALU closed, FALA locked. */
    public static final String CONTRACT_STATUS = Systems.KITH_OID_PREFIX + "7751";
    /** 7752 contract end reasons. */
    public static final String CONTRACT_END_REASON = Systems.KITH_OID_PREFIX + "7752";
    /** 7753 a citizen's end reason on a list. */
    public static final String END_CODE = Systems.KITH_OID_PREFIX + "7753";
    /** 7754 a citizen's begin reason on a list (OTVE = assigned from a waiting list). */
    public static final String BEGIN_CODE = Systems.KITH_OID_PREFIX + "7754";

    /** Samport's codes for GP-list and waiting-list events ({@code MessageHeader.eventCoding}). */
    public static final String EVENT = Systems.SAMPORT_BASE + "CodeSystem/gp-list-event";
    /** Contract model: hovedmodell, 8.2-avtale, fastlonn, fastlonn-bonus. */
    public static final String CONTRACT_MODEL = Systems.SAMPORT_BASE + "CodeSystem/gp-contract-model";
    /** Municipal waiting-list groups: no-gp, gp-elsewhere, switch-within. */
    public static final String WAITING_GROUP = Systems.SAMPORT_BASE + "CodeSystem/gp-waiting-group";
    /** A waiting-list entry's exact state ({@code Task.businessStatus}). */
    public static final String WAITING_STATUS = Systems.SAMPORT_BASE + "CodeSystem/gp-waiting-status";
    /** What a Task is: a place on a GP waiting list ({@code Task.code}). */
    public static final String TASK_CODE = Systems.SAMPORT_BASE + "CodeSystem/gp-task";
    /**
     * A doctor's competence in allmennmedisin ({@code Practitioner.qualification.code}): spesialist,
     * under-spesialisering, ingen. Samport's own: no national code system for it is in Samport's sources.
     */
    public static final String COMPETENCE = Systems.SAMPORT_BASE + "CodeSystem/gp-competence";
    /** How a list is served at a moment: fastlege, shared, vikar, vikars, none. */
    public static final String SERVING = Systems.SAMPORT_BASE + "CodeSystem/gp-list-serving";

    private static final String EXT = Systems.SAMPORT_BASE + "StructureDefinition/";
    /** Group: the list cap ({@code MaxPatients}, listetak), valueUnsignedInt. */
    public static final String EXT_LIST_CAP = EXT + "gp-list-cap";
    /** Group: free places, max(0, cap − listed) when open, else 0; valueUnsignedInt. */
    public static final String EXT_FREE_PLACES = EXT + "gp-free-places";
    /** Group: people waiting for this list (per-GP model), valueUnsignedInt. */
    public static final String EXT_WAITING_COUNT = EXT + "gp-waiting-count";
    /** Group: contract status (7751), valueCoding. */
    public static final String EXT_CONTRACT_STATUS = EXT + "gp-contract-status";
    /** Group: the contract's validity, valuePeriod. */
    public static final String EXT_CONTRACT_PERIOD = EXT + "gp-contract-period";
    /** Group: the contract's municipality (3402), valueCoding. */
    public static final String EXT_MUNICIPALITY = EXT + "gp-municipality";
    /** Group: the contract model, valueCoding. */
    public static final String EXT_CONTRACT_MODEL = EXT + "gp-contract-model";
    /** Group: a recruitment advert of the vacant contract (utlysning, GL-07), valueDate = the day it was published. */
    public static final String EXT_RECRUITMENT_ADVERT = EXT + "gp-recruitment-advert";
    /** Group, out only: the day since which the list has had no holder, valueDate (recruitment review, GL-07). */
    public static final String EXT_VACANT_SINCE = EXT + "gp-vacant-since";
    /** Group: a doctor on the contract, valueReference to a PractitionerRole. */
    public static final String EXT_DOCTOR = EXT + "gp-doctor";
    /** Group: how the list is served at the bundle's time, valueCoding from {@link #SERVING}. */
    public static final String EXT_SERVING = EXT + "gp-list-serving";
    /** Group.member: begin code (7754), valueCoding. */
    public static final String EXT_BEGIN_CODE = EXT + "gp-begin-code";
    /** Group.member: end code (7753), valueCoding. */
    public static final String EXT_END_CODE = EXT + "gp-end-code";
    /** Group.member: the patient's home municipality when listed (Helfo settlement), valueCoding 3402. */
    public static final String EXT_HOME_MUNICIPALITY = EXT + "gp-home-municipality";
    /** Group.member: the NAV office HIS 1023 names for the patient (NAVkontor), valueString. */
    public static final String EXT_NAV_OFFICE = EXT + "gp-nav-office";
    /** PractitionerRole: the HPR number of the fastlege a vikar substitutes for, valueIdentifier. */
    public static final String EXT_SUBSTITUTE_FOR = EXT + "gp-substitute-for";
    /** Task: the waiting person's group in the municipal model, valueCoding from {@link #WAITING_GROUP}. */
    public static final String EXT_WAITING_GROUP = EXT + "gp-waiting-group";
    /** HL7 Norway no-basis: the municipality code on {@code Address.district}. */
    public static final String NO_BASIS_MUNICIPALITY_CODE = "http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode";

    /** Event codes ({@link #EVENT}). */
    public static final class Events {
        /** In: a contract was created or changed (cap, status, period, doctors). */
        public static final String CONTRACT_CHANGED = "gp-contract-changed";
        /** In: a patient was put on a list. */
        public static final String MEMBER_ADDED = "gp-list-member-added";
        /** In: a patient left a list. */
        public static final String MEMBER_ENDED = "gp-list-member-ended";
        /** In: a source's whole list for a contract. */
        public static final String LIST_SNAPSHOT = "gp-list-snapshot";
        /** In: a person joined a waiting list. */
        public static final String WAITING_ADDED = "waiting-list-entry-added";
        /** In: a person left a waiting list without a place. */
        public static final String WAITING_WITHDRAWN = "waiting-list-entry-withdrawn";
        /** Out: a GP office's list changes since the last notice. */
        public static final String LIST_CHANGES = "gp-list-changes";
        /** Out: a GP office's full list. */
        public static final String LIST_FULL = "gp-list-full";
        /** Out: capacity and free places of a municipality's lists. */
        public static final String CAPACITY = "gp-capacity-update";
        /** Out: a place opened and a waiting person is offered it. */
        public static final String PLACE_OFFERED = "gp-place-offered";
        /**
         * Out: a list has had no holder for a year after at least three adverts; the municipality reviews why (GL-07).
         */
        public static final String RECRUITMENT_REVIEW_DUE = "gp-recruitment-review-due";

        private Events() {
        }
    }

    private GpListConventions() {
    }
}
