package no.samport.kith.internal.common;

import java.util.Map;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Address.AddressType;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * {@code Address = Type CS? (3401), StreetAdr?, PostalCode?, City?, Postbox?, County CS?, Country CS?} (MsgHead and
 * fk1) to and from FHIR {@code Address}. The coded parts are kept verbatim in extensions; use/type/district/country
 * are their FHIR reading.
 */
public final class AddressConverter {

    private static final String ADDRESS_TYPES = "urn:oid:2.16.578.1.12.4.1.1.3401";
    private static final Map<String, AddressUse> USES = Map.of("H", AddressUse.HOME, "HP", AddressUse.HOME,
            "TMP", AddressUse.TEMP, "HV", AddressUse.TEMP, "WP", AddressUse.WORK, "INV", AddressUse.BILLING,
            "BAD", AddressUse.OLD);
    private static final Map<String, AddressType> TYPES = Map.of("PST", AddressType.POSTAL, "RES", AddressType.PHYSICAL);

    private AddressConverter() {
    }

    /** Reads an {@code Address} element, or returns null when it is null. */
    public static Address read(Element element, String childNs, ReadContext context) throws MessageRejectedException {
        if (element == null) {
            return null;
        }
        Address address = new Address();
        applyType(address, CodedValue.cs(context.child(element, childNs, "Type"), context));
        readParts(element, childNs, address, context);
        String postbox = context.text(element, childNs, "Postbox");
        if (postbox != null) {
            address.addExtension(KithExtensions.POSTBOX, new StringType(postbox));
        }
        return address;
    }

    /** StreetAdr, PostalCode, City, County and Country: the parts every KITH address has. */
    public static void readParts(Element element, String ns, Address address, ReadContext context)
            throws MessageRejectedException {
        String street = context.text(element, ns, "StreetAdr");
        if (street != null) {
            address.addLine(street);
        }
        address.setPostalCode(context.text(element, ns, "PostalCode"));
        address.setCity(context.text(element, ns, "City"));
        CodedValue county = CodedValue.cs(context.child(element, ns, "County"), context);
        if (county != null) {
            address.addExtension(KithExtensions.COUNTY, county.toCoding(null));
            address.setDistrict(county.dn());
        }
        CodedValue country = CodedValue.cs(context.child(element, ns, "Country"), context);
        if (country != null) {
            address.addExtension(KithExtensions.COUNTRY, country.toCoding(null));
            address.setCountry(country.v());
        }
    }

    /** Keeps {@code Address/Type} (3401) verbatim and as its FHIR reading (use, type); nothing when null. */
    public static void applyType(Address address, CodedValue type) {
        if (type != null) {
            address.addExtension(KithExtensions.ADDRESS_TYPE, type.toCoding(ADDRESS_TYPES));
            if (type.v() != null) {
                address.setUse(USES.get(type.v()));
                address.setType(TYPES.get(type.v()));
            }
        }
    }

    /** The {@code Address/Type} to write: as read, else from the FHIR type or use, else null. */
    public static Coding type(Address address) {
        return ExtensionValues.coding(address, KithExtensions.ADDRESS_TYPE, typeCode(address));
    }

    /** Writes an {@code Address} element when the address is not empty. */
    public static void write(KithXmlWriter out, Address address, String ownNs, String childNs) {
        if (address == null || address.isEmpty()) {
            return;
        }
        out.start(ownNs, "Address");
        CodedValue.writeCs(out, childNs, "Type", type(address));
        writeStreetToCity(out, childNs, address);
        out.text(childNs, "Postbox", ExtensionValues.string(address, KithExtensions.POSTBOX));
        writeCountyAndCountry(out, childNs, address);
        out.end();
    }

    /** Writes StreetAdr, PostalCode and City. */
    public static void writeStreetToCity(KithXmlWriter out, String ns, Address address) {
        out.text(ns, "StreetAdr", address.hasLine() ? address.getLine().get(0).getValue() : null);
        out.text(ns, "PostalCode", address.getPostalCode());
        out.text(ns, "City", address.getCity());
    }

    /** Writes County and Country. */
    public static void writeCountyAndCountry(KithXmlWriter out, String ns, Address address) {
        CodedValue.writeCs(out, ns, "County", ExtensionValues.coding(address, KithExtensions.COUNTY, null));
        CodedValue.writeCs(out, ns, "Country", ExtensionValues.coding(address, KithExtensions.COUNTRY,
                address.hasCountry() ? new Coding(null, address.getCountry(), null) : null));
    }

    private static Coding typeCode(Address address) {
        if (address.hasType()) {
            return TYPES.entrySet().stream().filter(e -> e.getValue() == address.getType()).findFirst()
                    .map(e -> new Coding(null, e.getKey(), null)).orElse(null);
        }
        if (address.hasUse()) {
            String code = switch (address.getUse()) {
                case HOME -> "H";
                case WORK -> "WP";
                case TEMP -> "TMP";
                case BILLING -> "INV";
                case OLD -> "BAD";
                default -> null;
            };
            return code == null ? null : new Coding(null, code, null);
        }
        return null;
    }
}
