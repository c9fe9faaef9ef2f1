package no.samport.kith.internal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Identifier;
import org.w3c.dom.Element;

/**
 * {@code Ident = Id, TypeId CV} (MsgHead and fk1) to and from {@code Identifier}. Tolerated deviations: TypeId
 * without S or DN, and a TypeId from the other list. A HER-id is accepted with either list without remark: HER is
 * in both, and the official examples type a person's HER-id with 9051 where NAV uses 8116.
 */
public final class IdentConverter {

    private static final Set<String> KNOWN_LISTS = Set.of(IdentifierTypes.ORGANISATION_LIST, IdentifierTypes.PERSON_LIST);

    private IdentConverter() {
    }

    /**
     * Reads the {@code Ident} children of an element.
     *
     * @param ownNs   namespace of the {@code Ident} wrapper
     * @param childNs namespace of {@code Id}/{@code TypeId} (fk1 inside dialogue elements: the fk1 trap)
     * @param list    the code list TypeId should come from (9051 or 8116)
     */
    public static List<Identifier> readAll(Element parent, String ownNs, String childNs, String list,
                                           ReadContext context) throws MessageRejectedException {
        List<Identifier> identifiers = new ArrayList<>();
        for (Element ident : context.all(parent, ownNs, "Ident")) {
            identifiers.add(read(ident, childNs, list, context));
        }
        return identifiers;
    }

    private static Identifier read(Element ident, String childNs, String list, ReadContext context)
            throws MessageRejectedException {
        String id = context.requiredText(ident, childNs, "Id");
        Element typeElement = context.required(ident, childNs, "TypeId");
        CodedValue typeId = CodedValue.cv(typeElement, context);
        if (typeId.v() == null) {
            throw context.invalid(typeElement, "TypeId has no V");
        }
        if (typeId.dn() == null) {
            context.quirk(typeElement, "TypeId has no DN");
        }
        if (typeId.s() == null) {
            context.quirk(typeElement, "TypeId has no S");
        } else if (!typeId.s().equals(list) && KNOWN_LISTS.contains(typeId.s()) && !isHerId(typeId)) {
            context.quirk(typeElement, "TypeId " + typeId.v() + " has S=" + typeId.s() + " where " + list
                    + " is the code list for this kind of party");
        }
        return IdentifierTypes.identifier(id, typeId, list);
    }

    /** HER is in both 9051 and 8116, and both are used for a person's HER-id (the official examples use 9051). */
    private static boolean isHerId(CodedValue typeId) {
        return "HER".equals(typeId.v());
    }

    /**
     * Writes identifiers as {@code Ident} elements; identifiers whose type cannot be told are left out.
     *
     * @return how many were written
     */
    public static int writeAll(KithXmlWriter out, List<Identifier> identifiers, String ownNs, String childNs,
                               String list) {
        int written = 0;
        for (Identifier identifier : identifiers) {
            CodedValue typeId = IdentifierTypes.typeIdOf(identifier, list).orElse(null);
            if (typeId == null || !identifier.hasValue()) {
                continue;
            }
            out.start(ownNs, "Ident");
            out.text(childNs, "Id", identifier.getValue());
            typeId.writeCv(out, childNs, "TypeId");
            out.end();
            written++;
        }
        return written;
    }
}
