package no.samport.kith;

import no.samport.plugin.api.fhir.Systems;

/**
 * The FHIR extensions and identifier systems the KITH codec uses for what R4 has no element for, so that a message
 * re-encodes as it came in. Documented per message family in {@code docs/mapping/}.
 */
public final class KithExtensions {

    private static final String BASE = Systems.SAMPORT_BASE + "StructureDefinition/";

    /** Patient, Practitioner, RelatedPerson: the KITH {@code Sex} (3101) as written; gender is its FHIR reading. */
    public static final String SEX = BASE + "kith-sex";
    /** Patient, Practitioner, RelatedPerson: {@code Nationality} (CS). */
    public static final String NATIONALITY = BASE + "kith-nationality";
    /** Address: {@code Address/Type} (3401) as written; use/type are its FHIR reading. */
    public static final String ADDRESS_TYPE = BASE + "kith-address-type";
    /** Address: {@code Postbox}. */
    public static final String POSTBOX = BASE + "kith-postbox";
    /** Address: {@code County} (CS); district holds its DN. */
    public static final String COUNTY = BASE + "kith-county";
    /** Address: {@code Country} (CS); country holds its V. */
    public static final String COUNTRY = BASE + "kith-country";
    /** Address: {@code CityDistr} (CS) of an AppRec or Epikrise address. */
    public static final String CITY_DISTRICT = BASE + "kith-city-district";
    /** Organization: {@code HCP/MedSpecialty} (CV) of an institution (a PractitionerRole keeps it in specialty). */
    public static final String MED_SPECIALTY = BASE + "kith-med-specialty";
    /** Practitioner: {@code HCProf/Qual} (CV, repeats) of an Epikrise health professional. */
    public static final String QUALIFICATION = BASE + "kith-qualification";
    /** ContactPoint: {@code TypeTelecom} (8110) as written; use is its FHIR reading. */
    public static final String TELECOM_TYPE = BASE + "kith-telecom-type";

    /** MessageHeader: {@code MsgInfo/ProcessingStatus} (CS). */
    public static final String PROCESSING_STATUS = BASE + "kith-processing-status";
    /** MessageHeader: {@code MsgInfo/RequestedPriority} (CS). */
    public static final String REQUESTED_PRIORITY = BASE + "kith-requested-priority";
    /** MessageHeader: {@code MsgInfo/Ack} (CS; {@code J} = an AppRec is wanted). */
    public static final String ACK = BASE + "kith-ack";
    /** MessageHeader.source (Sender) or .destination (Receiver, OtherReceiver): {@code ComMethod} (CS). */
    public static final String COM_METHOD = BASE + "kith-com-method";
    /** MessageHeader.destination after the first: {@code OtherReceiver/RoleReceiver} (CS). */
    public static final String ROLE_RECEIVER = BASE + "kith-role-receiver";
    /**
     * MessageHeader.destination after the first: a copy receiver that is a {@code Patient} (→ Patient) or an
     * {@code fk1:Person} (→ Person), which {@code destination.receiver} cannot name.
     */
    public static final String OTHER_RECEIVER_PERSON = BASE + "kith-other-receiver-person";
    /** MessageHeader.sender and .destination.receiver of an AppRec: {@code Sender/Role}, {@code Receiver/Role}. */
    public static final String APPREC_ROLE = BASE + "apprec-role";

    /**
     * MessageHeader (the body {@code Document}) or Attachment (an attachment {@code Document}): the Document and
     * RefDoc fields FHIR has no element for, as sub-extensions {@code documentConnection} (Coding),
     * {@code contentType}, {@code contentCategory}, {@code consent} (CodeableConcept), {@code contentDescription},
     * {@code annotation}, {@code oidRef}, {@code enquiryRefId} (string), {@code fromDate}, {@code toDate} (dateTime),
     * {@code refDocId} (string), {@code compression} (Coding; data stays as sent) and, for the body only,
     * {@code mimeType}, {@code description} (string).
     */
    public static final String DOCUMENT = BASE + "kith-document";
    /** Communication.payload (contentString): the element's mixed content as XML, when it has markup (XHTML). */
    public static final String XML_CONTENT = BASE + "kith-xml-content";

    /** Communication: {@code Dialogmelding/SakstypeKodet} (CV). */
    public static final String SAKSTYPE_KODET = BASE + "dialogmelding-sakstype-kodet";
    /** Communication: {@code Dialogmelding/Sakstype}. */
    public static final String SAKSTYPE = BASE + "dialogmelding-sakstype";
    /** Communication: {@code Notat/DatoNotat}. */
    public static final String DATO_NOTAT = BASE + "dialogmelding-dato-notat";
    /** Communication: {@code Foresporsel/Begrunnelse}. */
    public static final String BEGRUNNELSE = BASE + "dialogmelding-begrunnelse";
    /** Communication: {@code Foresporsel/Hastegrad} (CS). */
    public static final String HASTEGRAD = BASE + "dialogmelding-hastegrad";
    /** Communication: {@code Foresporsel/FraDato} and {@code TilDato} as a Period. */
    public static final String PERIODE = BASE + "dialogmelding-periode";
    /** Communication: {@code Foresporsel/TypeJournalinfo} (CV, repeats in 1.1). */
    public static final String TYPE_JOURNALINFO = BASE + "dialogmelding-type-journalinfo";
    /** Communication: {@code Foresporsel/KodetOpplysning} (CV, 1.1). */
    public static final String KODET_OPPLYSNING = BASE + "dialogmelding-kodet-opplysning";
    /** Communication: a body element other than the message type's usual one ({@code Notat} or {@code Foresporsel}). */
    public static final String BODY_ELEMENT = BASE + "dialogmelding-body-element";

    /**
     * Communication: one {@code RollerRelatertNotat}. Sub-extensions {@link #ROLLE_NOTAT} (CodeableConcept, 9057),
     * {@link #ROLE_TO_PATIENT} (CodeableConcept, 9034), {@link #TILKNYTTET_ENHET} (complex) and {@link #ACTOR}
     * (Reference to a PractitionerRole for a HealthcareProfessional, a RelatedPerson for a Person).
     */
    public static final String ROLLER_RELATERT_NOTAT = BASE + "dialogmelding-roller-relatert-notat";
    public static final String ROLLE_NOTAT = "rolleNotat";
    public static final String ROLE_TO_PATIENT = "roleToPatient";
    public static final String ACTOR = "actor";
    /** Complex: {@link #KONTAKTENHET} (Reference to an Organization), {@link #MERKNAD} (string), {@link #ACTOR}. */
    public static final String TILKNYTTET_ENHET = "tilknyttetEnhet";
    public static final String KONTAKTENHET = "kontaktenhet";
    public static final String MERKNAD = "merknad";

    /** Identifier system of {@code DokIdNotat} / {@code DokIdForesp}. */
    public static final String DOK_ID = Systems.SAMPORT_BASE + "NamingSystem/dialogmelding-dok-id";

    private KithExtensions() {
    }
}
