package no.samport.kith.internal.epikrise;

import java.util.List;
import java.util.Locale;
import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.hcp.HcpLayout;
import no.samport.kith.internal.hcp.HcpReader;
import no.samport.kith.internal.hcp.HcpWriter;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.w3c.dom.Element;

/**
 * The Epikrise elements that name a health-care party ({@code ServProvider}, {@code Requester}, {@code CopyDest},
 * {@code RelServProvider}, {@code PatRelHCP}, {@code Origin}, {@code RelHCProvider}) to and from
 * {@link EpikriseExtensions#PARTICIPANT} extensions, the HCP to party resources. One element order serves all of
 * them: Relation, StartDateTime, EndDateTime, Role, ComMethod, CopyDestRole*, HCP.
 */
final class Participants {

    /** A kind of participant: its element name and which of the optional parts the standard gives it. */
    enum Kind {
        SERV_PROVIDER("ServProvider", false, false, true, true, false),
        REQUESTER("Requester", false, false, true, true, false),
        COPY_DEST("CopyDest", false, false, true, false, true),
        REL_SERV_PROVIDER("RelServProvider", true, false, true, false, false),
        PAT_REL_HCP("PatRelHCP", true, true, false, false, false),
        ORIGIN("Origin", false, false, true, false, false),
        REL_HC_PROVIDER("RelHCProvider", true, false, true, false, false);

        private final String element;
        private final boolean relation;
        private final boolean period;
        private final boolean role;
        private final boolean comMethod;
        private final boolean copyDestRole;

        Kind(String element, boolean relation, boolean period, boolean role, boolean comMethod, boolean copyDestRole) {
            this.element = element;
            this.relation = relation;
            this.period = period;
            this.role = role;
            this.comMethod = comMethod;
            this.copyDestRole = copyDestRole;
        }

        String element() {
            return element;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private Participants() {
    }

    /** Reads every child element of this kind onto the holder, in order. */
    static void readAll(Element parent, Kind kind, DomainResource holder, EpikriseContext context)
            throws MessageRejectedException {
        for (Element element : context.all(parent, kind.element())) {
            holder.addExtension(read(element, kind, context));
        }
    }

    /** Reads one participant element; the party's resources go into the document bundle. */
    static Extension read(Element element, Kind kind, EpikriseContext context) throws MessageRejectedException {
        Extension participant = new Extension(EpikriseExtensions.PARTICIPANT);
        participant.addExtension("kind", new CodeType(kind.code()));
        if (kind.relation) {
            context.required(element, "Relation");
            participant.addExtension("relation", context.cs(element, "Relation", null));
        }
        if (kind.period) {
            add(participant, "start", context.ts(element, "StartDateTime"));
            add(participant, "end", context.ts(element, "EndDateTime"));
            context.version().dropped(element, context.read(), "Role");
        }
        if (kind.role) {
            add(participant, "role", context.cs(element, "Role", null));
        }
        if (kind.comMethod) {
            add(participant, "comMethod", context.cs(element, "ComMethod", null));
        }
        if (kind.copyDestRole) {
            for (Element role : context.all(element, "CopyDestRole")) {
                Extension copyDestRole = participant.addExtension().setUrl("copyDestRole");
                context.required(role, "MsgType");
                copyDestRole.addExtension("msgType", context.cs(role, "MsgType", null));
                add(copyDestRole, "reqComMethod", context.cs(role, "ReqComMethod", null));
                add(copyDestRole, "actComMethod", context.cs(role, "ActComMethod", null));
            }
        }
        Element hcp = context.required(element, "HCP");
        context.version().dropped(hcp, context.read(), "PartyIdByRequester", "PartyIdByServProv");
        Element inst = context.child(hcp, "Inst");
        if (inst != null) {
            context.version().dropped(inst, context.read(), "Type");
        }
        participant.addExtension("party", HcpReader.read(hcp, context.ns(), HcpLayout.EPIKRISE, context.document(),
                context.read()));
        return participant;
    }

    /** The participant extensions of a kind on a holder, in order. */
    static List<Extension> of(DomainResource holder, Kind kind) {
        return holder.getExtensionsByUrl(EpikriseExtensions.PARTICIPANT).stream()
                .filter(e -> kind.code().equals(ExtensionValues.string(e, "kind"))).toList();
    }

    /** The party of a participant extension, or null. */
    static Reference party(Extension participant) {
        return ExtensionValues.reference(participant, "party");
    }

    /** Writes every participant of this kind on the holder. */
    static void writeAll(EpikriseOut out, DomainResource holder, Kind kind) throws MessageRejectedException {
        for (Extension participant : of(holder, kind)) {
            write(out, participant, kind);
        }
    }

    /** Writes one participant element. */
    static void write(EpikriseOut out, Extension participant, Kind kind) throws MessageRejectedException {
        out.start(kind.element());
        if (kind.relation) {
            out.cs("Relation", ExtensionValues.value(participant, "relation"));
        }
        if (kind.period) {
            out.ts("StartDateTime", ExtensionValues.value(participant, "start"));
            out.ts("EndDateTime", ExtensionValues.value(participant, "end"));
        }
        if (kind.role) {
            out.cs("Role", ExtensionValues.value(participant, "role"));
        }
        if (kind.comMethod) {
            out.cs("ComMethod", ExtensionValues.value(participant, "comMethod"));
        }
        if (kind.copyDestRole) {
            for (Extension role : participant.getExtensionsByUrl("copyDestRole")) {
                out.start("CopyDestRole").cs("MsgType", ExtensionValues.value(role, "msgType"))
                        .cs("ReqComMethod", ExtensionValues.value(role, "reqComMethod"))
                        .cs("ActComMethod", ExtensionValues.value(role, "actComMethod")).end();
            }
        }
        HcpWriter.write(out.xml(), out.ns(), HcpLayout.EPIKRISE, out.document(), party(participant));
        out.end();
    }

    private static void add(Extension holder, String url, Type value) {
        if (value != null) {
            holder.addExtension(url, value);
        }
    }
}
