package no.samport.kith.internal.dialog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;

/**
 * Version negotiation for Dialogmelding: chooses the version a receiver gets. A message is written in the version
 * its type is defined in when the receiver reads it; otherwise it is converted to the other version when nothing is
 * lost, and refused (T10) with the list of what would be lost when something is. 1.0 cannot carry what 1.1 added
 * (the XSD change log): EmneSporsmal, markup in Sporsmal, more than one TypeJournalinfo, KodetOpplysning,
 * TilknyttetEnhet and a RollerRelatertNotat without a person. 1.1 carries everything 1.0 does.
 */
public final class VersionConverter {

    private VersionConverter() {
    }

    /**
     * The version to write.
     *
     * @param type           the 8279 message type
     * @param communications the Communications the body is written from, in order
     * @throws MessageRejectedException T10 when the type is no dialogue type, the receiver reads no Dialogmelding
     *                                  version, or it reads only 1.0 and the message would lose content in 1.0
     */
    public static DialogmeldingVersion choose(String type, List<Communication> communications,
                                              EncodingPreferences receiver) throws MessageRejectedException {
        DialogmeldingVersion natural = DialogmeldingVersion.forType(type).orElseThrow(() -> new MessageRejectedException(
                AppRecError.T10, "The message type " + type + " cannot be written as KITH XML by this codec"));
        boolean reads10 = receiver.accepts(DialogmeldingVersion.V1_0.format());
        boolean reads11 = receiver.accepts(DialogmeldingVersion.V1_1.format());
        if (!reads10 && !reads11) {
            throw new MessageRejectedException(AppRecError.T10, "The receiver reads no Dialogmelding version Samport"
                    + " writes (dialogmelding-1.0, dialogmelding-1.1); it reads " + receiver.acceptedFormats());
        }
        List<String> lostIn10 = lostInVersion10(type, communications);
        if (natural == DialogmeldingVersion.V1_1 && reads11 || natural == DialogmeldingVersion.V1_0 && !reads10) {
            return DialogmeldingVersion.V1_1;
        }
        if (lostIn10.isEmpty()) {
            return DialogmeldingVersion.V1_0;
        }
        if (reads11) {
            return DialogmeldingVersion.V1_1;
        }
        throw new MessageRejectedException(AppRecError.T10, "The receiver reads only Dialogmelding 1.0, and this "
                + type + " cannot be converted to 1.0 without losing " + String.join(", ", lostIn10)
                + " (Dialogmelding 1.1 only). Send it to a receiver that reads dialogmelding-1.1, or without these parts");
    }

    /** What a Dialogmelding 1.0 body could not carry, as names of the 1.1 parts; empty when nothing is lost. */
    public static List<String> lostInVersion10(String type, List<Communication> communications) {
        Set<String> lost = new LinkedHashSet<>();
        for (Communication communication : communications) {
            boolean foresporsel = DialogmeldingWriter.isForesporsel(communication, type);
            collect(communication, foresporsel, lost);
            for (Resource contained : communication.getContained()) {
                if (contained instanceof Communication question) {
                    collect(question, true, lost);
                }
            }
        }
        return new ArrayList<>(lost);
    }

    private static void collect(Communication communication, boolean foresporsel, Set<String> lost) {
        if (foresporsel && communication.getTopic().hasText()) {
            lost.add("EmneSporsmal (the subject of the question)");
        }
        var payload = MarkupContent.textPayload(communication);
        if (foresporsel && payload != null && payload.hasExtension(KithExtensions.XML_CONTENT)) {
            lost.add("markup (XHTML) in Sporsmal");
        }
        if (communication.getExtensionsByUrl(KithExtensions.TYPE_JOURNALINFO).size() > 1) {
            lost.add("more than one TypeJournalinfo");
        }
        if (communication.hasExtension(KithExtensions.KODET_OPPLYSNING)) {
            lost.add("KodetOpplysning");
        }
        for (Extension roller : communication.getExtensionsByUrl(KithExtensions.ROLLER_RELATERT_NOTAT)) {
            if (roller.hasExtension(KithExtensions.TILKNYTTET_ENHET)) {
                lost.add("TilknyttetEnhet (a contact unit)");
            }
            if (ExtensionValues.reference(roller, KithExtensions.ACTOR) == null) {
                lost.add("a RollerRelatertNotat without HealthcareProfessional or Person");
            }
        }
    }
}
