package no.samport.kith.internal.hcp;

import java.util.ArrayList;
import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.AddressConverter;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.TeleComConverter;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.w3c.dom.Element;

/**
 * The address of the KITH HCP class (AppRec, Epikrise): {@code Address = Type CS, StreetAdr?, PostalCode?, City?,
 * County CS?, Country CS?, CityDistr CS?, TeleAddress URL*} to and from a FHIR Address (as {@link AddressConverter}
 * reads it, CityDistr in an extension) and ContactPoints for the TeleAddresses.
 */
public final class HcpAddressConverter {

    /** An address and its telecoms. */
    public record HcpAddress(Address address, List<ContactPoint> telecoms) {
    }

    /** {@code Arbeidsadresse}: the Type written when a party has telecoms but no address (Type is required). */
    private static final Coding WORK = new Coding(null, "WP", "Arbeidsadresse");

    private HcpAddressConverter() {
    }

    /** Reads an Address element; null when it is null. */
    public static HcpAddress read(Element element, String ns, ReadContext context) throws MessageRejectedException {
        if (element == null) {
            return null;
        }
        Address address = new Address();
        AddressConverter.applyType(address, CodedValue.cs(context.required(element, ns, "Type"), context));
        AddressConverter.readParts(element, ns, address, context);
        CodedValue district = CodedValue.cs(context.child(element, ns, "CityDistr"), context);
        if (district != null) {
            address.addExtension(KithExtensions.CITY_DISTRICT, district.toCoding(null));
        }
        List<ContactPoint> telecoms = new ArrayList<>();
        for (Element teleAddress : context.all(element, ns, "TeleAddress")) {
            String url = Dom.attribute(teleAddress, "V");
            if (url == null || url.isBlank()) {
                throw context.invalid(teleAddress, "TeleAddress has no V");
            }
            telecoms.add(TeleComConverter.fromUrl(url.strip()));
        }
        return new HcpAddress(address, telecoms);
    }

    /** Writes an Address element when there is an address or a telecom. */
    public static void write(KithXmlWriter out, String ns, Address address, List<ContactPoint> telecoms) {
        List<ContactPoint> withValue = telecoms.stream().filter(ContactPoint::hasValue).toList();
        if ((address == null || address.isEmpty()) && withValue.isEmpty()) {
            return;
        }
        Address source = address == null ? new Address() : address;
        out.start(ns, "Address");
        Coding type = AddressConverter.type(source);
        CodedValue.writeCs(out, ns, "Type", type != null ? type : WORK);
        AddressConverter.writeStreetToCity(out, ns, source);
        AddressConverter.writeCountyAndCountry(out, ns, source);
        CodedValue.writeCs(out, ns, "CityDistr", ExtensionValues.coding(source, KithExtensions.CITY_DISTRICT, null));
        for (ContactPoint telecom : withValue) {
            out.startEmpty(ns, "TeleAddress").attribute("V", TeleComConverter.toUrl(telecom)).end();
        }
        out.end();
    }
}
