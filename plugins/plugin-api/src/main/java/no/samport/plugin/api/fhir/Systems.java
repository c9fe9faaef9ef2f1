package no.samport.plugin.api.fhir;

/**
 * Code-system and identifier-system URIs of Samport's canonical FHIR model. Identifier systems follow HL7 Norway
 * no-basis; KITH code lists (Volven) are {@code urn:oid:2.16.578.1.12.4.1.1.<list>}.
 */
public final class Systems {

    public static final String FNR = "urn:oid:2.16.578.1.12.4.1.4.1";
    public static final String DNR = "urn:oid:2.16.578.1.12.4.1.4.2";
    public static final String FHN = "urn:oid:2.16.578.1.12.4.1.4.3";
    public static final String HPR = "urn:oid:2.16.578.1.12.4.1.4.4";
    public static final String DUF = "urn:oid:2.16.578.1.12.4.1.4.5";
    public static final String ENH = "urn:oid:2.16.578.1.12.4.1.4.101";
    public static final String RSH = "urn:oid:2.16.578.1.12.4.1.4.102";
    public static final String HER = "urn:oid:2.16.578.1.12.4.1.2";

    /** Prefix of every KITH code list ("Volven"): append the list number. */
    public static final String KITH_OID_PREFIX = "urn:oid:2.16.578.1.12.4.1.1.";
    /** 8279 Meldingens funksjon: the KITH message type. */
    public static final String MESSAGE_TYPE = KITH_OID_PREFIX + "8279";
    /** 8258 Status for mottak av melding (AppRec status). */
    public static final String APPREC_STATUS = KITH_OID_PREFIX + "8258";
    /** 8221 Feilmeldinger for applikasjonskvittering. */
    public static final String APPREC_ERROR = KITH_OID_PREFIX + "8221";
    /** 9034 Helsepersonells funksjoner (RoleToPatient). */
    public static final String ROLE_TO_PATIENT = KITH_OID_PREFIX + "9034";
    /** 9060 Kategori helsepersonell. */
    public static final String HEALTHCARE_PROFESSIONAL_CATEGORY = KITH_OID_PREFIX + "9060";

    /** Samport's own namespace for identifiers, code systems and extensions that no national standard defines. */
    public static final String SAMPORT_BASE = "https://samport.no/fhir/";
    /** The KITH MsgId of a message (MsgInfo/MsgId, AppRec/Id): {@code Bundle.identifier} and references to it. */
    public static final String MSG_ID = SAMPORT_BASE + "NamingSystem/msg-id";
    /** The conversation a message belongs to (ConversationRef/RefToConversation). */
    public static final String CONVERSATION_ID = SAMPORT_BASE + "NamingSystem/conversation-id";
    /** Prefix of the endpoint URI of a communication party: {@code MessageHeader.source/destination.endpoint}. */
    public static final String HER_ENDPOINT_PREFIX = "urn:samport:her:";

    /** Extension on MessageHeader.response: the KITH type (8279) of the message the receipt answers. */
    public static final String EXT_ORIGINAL_MESSAGE_TYPE = SAMPORT_BASE + "StructureDefinition/original-message-type";
    /** Extension on MessageHeader.response: GenDate of the message the receipt answers. */
    public static final String EXT_ORIGINAL_GEN_DATE = SAMPORT_BASE + "StructureDefinition/original-gen-date";
    /** Extension on MessageHeader.response: the exact 8258 status, which the FHIR response code only approximates. */
    public static final String EXT_APPREC_STATUS = SAMPORT_BASE + "StructureDefinition/apprec-status";
    /** Extension on MessageHeader: the message's ConversationRef as identifiers (RefToParent, RefToConversation). */
    public static final String EXT_CONVERSATION_REF = SAMPORT_BASE + "StructureDefinition/conversation-ref";

    private Systems() {
    }

    /** The endpoint URI Samport uses for a communication party in MessageHeader.source/destination. */
    public static String herEndpoint(String herId) {
        return HER_ENDPOINT_PREFIX + herId;
    }
}
