package no.samport.directory.gp.service;

import java.time.LocalDate;

/**
 * Told of every join {@link GpListChanges} applies (a change through the API, an FLR or municipal import, a
 * Pasientliste), inside the join's transaction: messages waiting for the person to be placed on a list (GL-12) go on.
 */
@FunctionalInterface
public interface ListJoins {

    /**
     * The person with this fødselsnummer or D-nummer is on the list of {@code contractId} from {@code from}. The
     * number is for matching only: never log it.
     */
    void joined(String patientNin, String contractId, LocalDate from);
}
