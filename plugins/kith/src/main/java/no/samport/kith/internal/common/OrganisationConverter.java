package no.samport.kith.internal.common;

import java.util.List;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * {@code Organisation} to and from {@code Organization} resources: each nested level is an Organization with
 * {@code partOf} its parent; a {@code HealthcareProfessional} becomes a PractitionerRole in its level. The party's
 * reference is the most specific unit: the deepest professional, else the deepest organisation.
 *
 * <p>Two layouts (trap 6): MsgHead {@code OrganisationName, TypeOrganisation?, Ident+, Address?, TeleCom*,
 * Organisation?, HealthcareProfessional?} and fk1 {@code TypeOrganisation?, OrganisationName, Ident+, Address?,
 * TeleCom*, Organisation?}.
 */
public final class OrganisationConverter {

    /** The two Organisation layouts. */
    public enum Layout {
        MSGHEAD(KithNamespaces.MSGHEAD), FK1(KithNamespaces.FK1);

        private final String ns;

        Layout(String ns) {
            this.ns = ns;
        }
    }

    private record Party(Reference reference, boolean person) {
    }

    private OrganisationConverter() {
    }

    /** Reads an Organisation (and what it contains) into the bundle; returns the most specific party. */
    public static Reference read(Element element, Layout layout, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        return read(element, layout, null, bundle, context).reference();
    }

    private static Party read(Element element, Layout layout, Reference parent, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        String ns = layout.ns;
        Organization organization = new Organization();
        organization.setName(context.requiredText(element, ns, "OrganisationName"));
        CodedValue type = CodedValue.cv(context.child(element, ns, "TypeOrganisation"), context);
        if (type != null) {
            organization.addType(type.toConcept());
        }
        List<Identifier> identifiers = IdentConverter.readAll(element, ns, ns, IdentifierTypes.ORGANISATION_LIST, context);
        if (identifiers.isEmpty()) {
            throw context.invalid(element, "Organisation has no Ident");
        }
        organization.setIdentifier(identifiers);
        Address address = AddressConverter.read(context.child(element, ns, "Address"), ns, context);
        if (address != null) {
            organization.addAddress(address);
        }
        organization.setTelecom(TeleComConverter.readAll(element, ns, ns, context));
        organization.setPartOf(parent);
        Reference reference = Bundles.add(bundle, organization);

        Element childElement = context.child(element, ns, "Organisation");
        if (childElement != null && Dom.children(childElement).isEmpty() && Dom.text(childElement) == null) {
            context.quirk(childElement, "An empty Organisation element (no name, no Ident) is left out");
            childElement = null;
        }
        Party child = childElement == null ? null : read(childElement, layout, reference, bundle, context);
        Element professional = layout == Layout.MSGHEAD ? context.child(element, ns, "HealthcareProfessional") : null;
        if (child != null && child.person()) {
            return child;
        }
        if (professional != null) {
            return new Party(HealthcareProfessionalConverter.read(professional, PersonConverter.MSGHEAD, reference, bundle,
                    true, context), true);
        }
        return child != null ? child : new Party(reference, false);
    }

    /**
     * Writes the party a reference points to as an Organisation tree.
     *
     * @param elementNs   namespace of the outermost element ({@code Kontaktenhet} is a dialogue element of fk1 type)
     * @param elementName {@code Organisation} or {@code Kontaktenhet}
     */
    public static void write(KithXmlWriter out, Bundle bundle, Reference party, Layout layout, String elementNs,
                             String elementName) throws MessageRejectedException {
        OrganisationTree tree = OrganisationTree.of(bundle, party);
        for (int level = 0; level < tree.units().size(); level++) {
            Organization unit = tree.units().get(level);
            String ns = layout.ns;
            out.start(level == 0 ? elementNs : ns, level == 0 ? elementName : "Organisation");
            if (layout == Layout.FK1) {
                CodedValue.writeCv(out, ns, "TypeOrganisation", unit.hasType() ? unit.getTypeFirstRep() : null);
            }
            out.text(ns, "OrganisationName", unit.getName());
            if (layout == Layout.MSGHEAD) {
                CodedValue.writeCv(out, ns, "TypeOrganisation", unit.hasType() ? unit.getTypeFirstRep() : null);
            }
            if (IdentConverter.writeAll(out, unit.getIdentifier(), ns, ns, IdentifierTypes.ORGANISATION_LIST) == 0) {
                throw new MessageRejectedException(AppRecError.T99, "Cannot write the Organisation "
                        + unit.getName() + ": it has no HER-id or other identifier");
            }
            AddressConverter.write(out, unit.hasAddress() ? unit.getAddressFirstRep() : null, ns, ns);
            TeleComConverter.writeAll(out, unit.getTelecom(), ns, ns);
        }
        for (int level = tree.units().size() - 1; level >= 0; level--) {
            if (level == tree.professionalLevel() && layout == Layout.MSGHEAD) {
                HealthcareProfessionalConverter.write(out, bundle, tree.professional(), PersonConverter.MSGHEAD, true);
            }
            out.end();
        }
    }
}
