package no.samport.kith.internal.hcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.IdentifierTypes;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Identifier;
import org.w3c.dom.Element;

/**
 * Identifiers of the KITH HCP class (AppRec, Epikrise): {@code Id?, TypeId CS?} (the main one) and
 * {@code AdditionalId* = Id, Type CS} to and from an ordered identifier list (main first), as {@code navikt/padm2}
 * maps them.
 */
public final class HcpIds {

    private HcpIds() {
    }

    /** The main id and the additional ids of an Inst, Dept, HCPerson or HCProf, main first. */
    public static List<Identifier> read(Element element, String ns, String list, ReadContext context)
            throws MessageRejectedException {
        List<Identifier> identifiers = new ArrayList<>();
        String id = context.text(element, ns, "Id");
        if (id != null) {
            identifiers.add(identifier(id, CodedValue.cs(context.child(element, ns, "TypeId"), context), list));
        }
        for (Element additional : context.all(element, ns, "AdditionalId")) {
            identifiers.add(identifier(context.requiredText(additional, ns, "Id"),
                    CodedValue.cs(context.required(additional, ns, "Type"), context), list));
        }
        return identifiers;
    }

    private static Identifier identifier(String id, CodedValue type, String list) {
        return type == null || type.v() == null ? new Identifier().setValue(id)
                : IdentifierTypes.identifier(id, type, list);
    }

    /** Writes {@code Id} and {@code TypeId} of the first identifier. */
    public static void writeMain(KithXmlWriter out, String ns, List<Identifier> identifiers, String list) {
        if (identifiers.isEmpty()) {
            return;
        }
        Identifier main = identifiers.get(0);
        out.text(ns, "Id", main.getValue());
        typeOf(main, list).ifPresent(type -> type.writeCs(out, ns, "TypeId"));
    }

    /** Writes the further identifiers as {@code AdditionalId} (those without a type cannot be written). */
    public static void writeAdditional(KithXmlWriter out, String ns, List<Identifier> identifiers, String list) {
        for (Identifier identifier : identifiers.subList(Math.min(1, identifiers.size()), identifiers.size())) {
            Optional<CodedValue> type = typeOf(identifier, list);
            if (type.isPresent() && identifier.hasValue()) {
                out.start(ns, "AdditionalId").text(ns, "Id", identifier.getValue());
                type.get().writeCs(out, ns, "Type");
                out.end();
            }
        }
    }

    private static Optional<CodedValue> typeOf(Identifier identifier, String list) {
        return IdentifierTypes.typeIdOf(identifier, list);
    }
}
