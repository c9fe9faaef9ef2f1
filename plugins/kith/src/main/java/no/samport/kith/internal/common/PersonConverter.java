package no.samport.kith.internal.common;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.w3c.dom.Element;

/**
 * The fields KITH persons share (MsgHead {@code Patient}, {@code HealthcareProfessional}, {@code dia:Person}):
 * {@code FamilyName?, MiddleName?, GivenName?, DateOfBirth?, Sex?, Nationality?, Ident*, Address?, TeleCom*}, on a
 * Patient, Practitioner or RelatedPerson (they share these FHIR element names).
 */
public final class PersonConverter {

    /** Where a person's fields live: own namespace, fk1-typed components' namespace, and the TypeId list. */
    public record Layout(String ownNs, String componentNs, boolean givenNameFirst) {
    }

    /** MsgHead persons ({@code Patient}, {@code HealthcareProfessional}): everything in the MsgHead namespace. */
    public static final Layout MSGHEAD = new Layout(KithNamespaces.MSGHEAD, KithNamespaces.MSGHEAD, false);

    private PersonConverter() {
    }

    /** Reads the person fields of an element onto a resource. */
    public static void read(Element element, Layout layout, DomainResource target, ReadContext context)
            throws MessageRejectedException {
        String ns = layout.ownNs();
        HumanName name = NameConverter.read(context.text(element, ns, "FamilyName"),
                context.text(element, ns, "MiddleName"), context.text(element, ns, "GivenName"));
        if (name != null) {
            target.setProperty("name", name);
        }
        Element dateOfBirth = context.child(element, ns, "DateOfBirth");
        if (dateOfBirth != null) {
            target.setProperty("birthDate", KithDateTimes.date(dateOfBirth, context));
        }
        CodedValue sex = CodedValue.cs(context.child(element, ns, "Sex"), context);
        if (sex != null) {
            target.addExtension(KithExtensions.SEX, sex.toCoding(Genders.SYSTEM));
            target.setProperty("gender", new CodeType(Genders.toFhir(sex.v()).toCode()));
        }
        CodedValue nationality = CodedValue.cs(context.child(element, ns, "Nationality"), context);
        if (nationality != null) {
            target.addExtension(KithExtensions.NATIONALITY, nationality.toCoding(null));
        }
        for (Identifier identifier : IdentConverter.readAll(element, ns, layout.componentNs(),
                IdentifierTypes.PERSON_LIST, context)) {
            target.setProperty("identifier", identifier);
        }
        Address address = AddressConverter.read(context.child(element, ns, "Address"), layout.componentNs(), context);
        if (address != null) {
            target.setProperty("address", address);
        }
        for (ContactPoint telecom : TeleComConverter.readAll(element, ns, layout.componentNs(), context)) {
            target.setProperty("telecom", telecom);
        }
    }

    /**
     * Writes the person fields of a resource in the layout's order.
     *
     * @return how many {@code Ident} elements were written
     */
    public static int write(KithXmlWriter out, DomainResource source, Layout layout) {
        String ns = layout.ownNs();
        HumanName name = PropertyValues.first(source, "name", HumanName.class);
        NameConverter.write(out, name, ns, layout.givenNameFirst());
        DateType birthDate = PropertyValues.first(source, "birthDate", DateType.class);
        out.text(ns, "DateOfBirth", birthDate == null ? null : birthDate.getValueAsString());
        CodeType gender = PropertyValues.first(source, "gender", CodeType.class);
        CodedValue.writeCs(out, ns, "Sex", ExtensionValues.coding(source, KithExtensions.SEX,
                gender == null ? null : Genders.toKith(gender.getValue())));
        CodedValue.writeCs(out, ns, "Nationality", ExtensionValues.coding(source, KithExtensions.NATIONALITY, null));
        int idents = IdentConverter.writeAll(out, PropertyValues.all(source, "identifier", Identifier.class), ns,
                layout.componentNs(), IdentifierTypes.PERSON_LIST);
        AddressConverter.write(out, PropertyValues.first(source, "address", Address.class), ns, layout.componentNs());
        TeleComConverter.writeAll(out, PropertyValues.all(source, "telecom", ContactPoint.class), ns, layout.componentNs());
        return idents;
    }
}
