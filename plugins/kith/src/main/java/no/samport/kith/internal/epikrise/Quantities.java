package no.samport.kith.internal.epikrise;

import java.math.BigDecimal;
import no.samport.kith.internal.xml.Dom;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.w3c.dom.Element;

/** The KITH physical quantity ({@code PQ}: {@code V} a number, {@code U} a unit) to and from a FHIR Quantity. */
final class Quantities {

    private Quantities() {
    }

    /** A PQ child as a Quantity, or null; T02 when V is not a number. */
    static Quantity read(Element parent, String name, EpikriseContext context) throws MessageRejectedException {
        Element element = context.child(parent, name);
        if (element == null) {
            return null;
        }
        Quantity quantity = new Quantity().setUnit(Dom.attribute(element, "U"));
        String value = Dom.attribute(element, "V");
        if (value != null) {
            try {
                quantity.setValue(new BigDecimal(value.strip()));
            } catch (NumberFormatException e) {
                throw context.read().invalid(element, name + "/@V is not a number");
            }
        }
        return quantity;
    }

    /** Writes {@code <name V="" U=""/>} when the value is a Quantity. */
    static void write(EpikriseOut out, String name, Type value) {
        if (value instanceof Quantity quantity && !quantity.isEmpty()) {
            out.xml().startEmpty(out.ns(), name)
                    .attribute("V", quantity.hasValue() ? quantity.getValue().toPlainString() : null)
                    .attribute("U", quantity.getUnit()).end();
        }
    }
}
