package no.samport.kith.internal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointUse;
import org.w3c.dom.Element;

/**
 * {@code TeleCom = TypeTelecom CS? (8110), TeleAddress URL} to and from {@code ContactPoint}. The URL scheme gives the
 * system ({@code tel:} phone, {@code fax:} fax, {@code mailto:} email, {@code http(s):} url, else other with the whole
 * URL as value).
 */
public final class TeleComConverter {

    private static final String TELECOM_TYPES = "urn:oid:2.16.578.1.12.4.1.1.8110";
    private static final Map<String, ContactPointSystem> SCHEMES = Map.of("tel:", ContactPointSystem.PHONE,
            "fax:", ContactPointSystem.FAX, "mailto:", ContactPointSystem.EMAIL);
    private static final Map<String, ContactPointUse> USES = Map.of("H", ContactPointUse.HOME,
            "HP", ContactPointUse.HOME, "MC", ContactPointUse.MOBILE, "WP", ContactPointUse.WORK,
            "WD", ContactPointUse.WORK, "WC", ContactPointUse.WORK, "HV", ContactPointUse.TEMP);

    private TeleComConverter() {
    }

    /** Reads the {@code TeleCom} children of an element. */
    public static List<ContactPoint> readAll(Element parent, String ownNs, String childNs, ReadContext context)
            throws MessageRejectedException {
        List<ContactPoint> contactPoints = new ArrayList<>();
        for (Element telecom : context.all(parent, ownNs, "TeleCom")) {
            Element address = context.required(telecom, childNs, "TeleAddress");
            String url = Dom.attribute(address, "V");
            if (url == null || url.isBlank()) {
                throw context.invalid(address, "TeleAddress has no V");
            }
            ContactPoint contactPoint = fromUrl(url.strip());
            CodedValue type = CodedValue.cs(context.child(telecom, childNs, "TypeTelecom"), context);
            if (type != null) {
                contactPoint.addExtension(KithExtensions.TELECOM_TYPE, type.toCoding(TELECOM_TYPES));
                contactPoint.setUse(type.v() == null ? null : USES.get(type.v()));
            }
            contactPoints.add(contactPoint);
        }
        return contactPoints;
    }

    /** A ContactPoint from a TeleAddress URL: the scheme gives the system, the rest is the value. */
    public static ContactPoint fromUrl(String url) {
        for (Map.Entry<String, ContactPointSystem> scheme : SCHEMES.entrySet()) {
            if (url.regionMatches(true, 0, scheme.getKey(), 0, scheme.getKey().length())) {
                return new ContactPoint().setSystem(scheme.getValue()).setValue(url.substring(scheme.getKey().length()));
            }
        }
        boolean web = url.startsWith("http://") || url.startsWith("https://");
        return new ContactPoint().setSystem(web ? ContactPointSystem.URL : ContactPointSystem.OTHER).setValue(url);
    }

    /** Writes contact points as {@code TeleCom} elements. */
    public static void writeAll(KithXmlWriter out, List<ContactPoint> contactPoints, String ownNs, String childNs) {
        for (ContactPoint contactPoint : contactPoints) {
            if (!contactPoint.hasValue()) {
                continue;
            }
            out.start(ownNs, "TeleCom");
            CodedValue.writeCs(out, childNs, "TypeTelecom",
                    ExtensionValues.coding(contactPoint, KithExtensions.TELECOM_TYPE, typeCode(contactPoint)));
            out.startEmpty(childNs, "TeleAddress").attribute("V", toUrl(contactPoint)).end();
            out.end();
        }
    }

    /** The TeleAddress URL of a ContactPoint. */
    public static String toUrl(ContactPoint contactPoint) {
        String scheme = SCHEMES.entrySet().stream().filter(e -> e.getValue() == contactPoint.getSystem())
                .map(Map.Entry::getKey).findFirst().orElse("");
        return scheme + contactPoint.getValue();
    }

    private static Coding typeCode(ContactPoint contactPoint) {
        if (!contactPoint.hasUse()) {
            return null;
        }
        String code = switch (contactPoint.getUse()) {
            case HOME -> "H";
            case MOBILE -> "MC";
            case WORK -> "WP";
            case TEMP -> "HV";
            default -> null;
        };
        return code == null ? null : new Coding(null, code, null);
    }
}
