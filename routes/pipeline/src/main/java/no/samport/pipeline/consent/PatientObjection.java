package no.samport.pipeline.consent;

import java.time.Instant;
import java.util.Set;

/**
 * A patient's objection (reservasjon) to a kind of message going to their GP: "Fastlege får epikrise og kopi av
 * poliklinisk notat med mindre pasienten motsetter seg det" (samarbeidsavtale 2.1.1, GP-LISTS.md GL-23). It covers the
 * copy to the patient's GP only; other recipients get their messages.
 *
 * @param id           the objection's number
 * @param patientNin   the patient's fødselsnummer or D-nummer
 * @param messageTypes the 8279 message types it covers (scope), e.g. EPIKRISE
 * @param source       who recorded it, where and when (e.g. "pasienten muntlig til korttidsavdelingen 2026-11-20")
 * @param reason       the patient's reason, as recorded; kept with the objection only, never in logs or receipts
 * @param registeredAt when Samport was told
 * @param withdrawnAt  when it was withdrawn, or null while it is in force
 */
public record PatientObjection(long id, String patientNin, Set<String> messageTypes, String source, String reason,
                               Instant registeredAt, Instant withdrawnAt) {

    public PatientObjection {
        messageTypes = Set.copyOf(messageTypes);
    }

    /** Whether it stops a message of this type to the patient's GP at {@code at}. */
    public boolean stops(String messageType, Instant at) {
        return messageTypes.contains(messageType) && !registeredAt.isAfter(at)
                && (withdrawnAt == null || withdrawnAt.isAfter(at));
    }
}
