package no.samport.kith.internal.common;

import java.util.Arrays;
import java.util.Optional;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;

/**
 * KITH identifier types ({@code TypeId}: 9051 for organisations, 8116 for persons) and their FHIR identifier systems
 * (STANDARDS.md §10). Types without a national FHIR system keep only {@code Identifier.type}.
 */
public enum IdentifierTypes {
    HER(Systems.HER, "HER-id"),
    ENH(Systems.ENH, "Organisasjonsnummeret i Enhetsregister"),
    RSH(Systems.RSH, "RESH-id"),
    FNR(Systems.FNR, "Fødselsnummer"),
    DNR(Systems.DNR, "D-nummer"),
    FHN(Systems.FHN, "Felles hjelpenummer"),
    HPR(Systems.HPR, "HPR-nummer"),
    DUF(Systems.DUF, "DUF-nummer");

    /** 9051 ID-typer for organisatoriske enheter. */
    public static final String ORGANISATION_LIST = "2.16.578.1.12.4.1.1.9051";
    /** 8116 ID-type for personer. */
    public static final String PERSON_LIST = "2.16.578.1.12.4.1.1.8116";

    private final String system;
    private final String display;

    IdentifierTypes(String system, String display) {
        this.system = system;
        this.display = display;
    }

    public String system() {
        return system;
    }

    public String display() {
        return display;
    }

    /** The FHIR system for a TypeId code, or null when it has none. */
    public static String systemOf(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst()
                .map(IdentifierTypes::system).orElse(null);
    }

    /** An identifier from a KITH Id and TypeId; the TypeId is kept as {@code Identifier.type}. */
    public static Identifier identifier(String id, CodedValue typeId, String defaultList) {
        Identifier identifier = new Identifier().setSystem(systemOf(typeId.v())).setValue(id);
        identifier.getType().addCoding(typeId.toCoding(defaultList == null ? null : "urn:oid:" + defaultList));
        return identifier;
    }

    /**
     * The TypeId to write for an identifier: as read when {@code Identifier.type} has it, else from the system.
     *
     * @param list the code list (OID) for S when the identifier does not name one
     * @return the coded value, or empty when the identifier's type cannot be told
     */
    public static Optional<CodedValue> typeIdOf(Identifier identifier, String list) {
        if (identifier.getType().hasCoding()) {
            Coding coding = identifier.getType().getCodingFirstRep();
            String oid = CodedValue.oid(coding.getSystem());
            return Optional.of(new CodedValue(coding.getCode(), oid != null ? oid : list, coding.getDisplay(), null));
        }
        return Arrays.stream(values()).filter(t -> t.system.equals(identifier.getSystem())).findFirst()
                .map(t -> new CodedValue(t.name(), list, t.display, null));
    }
}
