package no.samport.kith;

import java.nio.charset.Charset;
import no.samport.kith.internal.apprec.AppRecVersion;
import no.samport.kith.internal.body.BodyWriter;
import no.samport.kith.internal.dialog.DialogBodyWriter;
import no.samport.kith.internal.dialog.DialogmeldingVersion;
import no.samport.kith.internal.epikrise.EpikriseBodyWriter;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.KithMessageType;
import org.hl7.fhir.r4.model.Bundle;

/** Which format, version and charset to write for a receiver; T10 when it accepts none the codec writes. */
final class FormatChoice {

    private FormatChoice() {
    }

    /** The receiver's charset, if it can carry the standard's element names (Formål). */
    static Charset charset(EncodingPreferences preferences) throws MessageRejectedException {
        Charset charset = preferences.charset();
        if (!charset.newEncoder().canEncode("Formål")) {
            throw new MessageRejectedException(AppRecError.T10, "KITH messages cannot be written in " + charset
                    + ": it cannot carry the element names of the standard (use UTF-8 or ISO-8859-1)");
        }
        return charset;
    }

    /** AppRec 1.0 unless the receiver accepts only 1.1. */
    static AppRecVersion appRec(EncodingPreferences preferences) throws MessageRejectedException {
        if (preferences.accepts(AppRecVersion.V1_0.format())) {
            return AppRecVersion.V1_0;
        }
        if (preferences.accepts(AppRecVersion.V1_1.format())) {
            return AppRecVersion.V1_1;
        }
        throw new MessageRejectedException(AppRecError.T10, "The receiver accepts no AppRec format Samport writes ("
                + KithFormats.APPREC_1_0 + ", " + KithFormats.APPREC_1_1 + "); it accepts " + preferences.acceptedFormats());
    }

    /** The body a MsgHead message is written with, in the format and version chosen for the receiver. */
    static BodyWriter body(Bundle message, String type, EncodingPreferences preferences)
            throws MessageRejectedException {
        if (type == null) {
            throw new MessageRejectedException(AppRecError.T10, "The message has no type (MessageHeader.eventCoding "
                    + "with a code from 8279), so it cannot be written as KITH XML");
        }
        if (DialogmeldingVersion.forType(type).isPresent()) {
            return DialogBodyWriter.prepare(message, type, preferences);
        }
        if (KithMessageType.EPIKRISE.equals(type)) {
            return EpikriseBodyWriter.prepare(message, preferences);
        }
        throw new MessageRejectedException(AppRecError.T10, "The message type " + type
                + " cannot be written as KITH XML by this codec");
    }
}
