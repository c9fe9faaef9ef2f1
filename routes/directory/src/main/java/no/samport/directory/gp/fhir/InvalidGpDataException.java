package no.samport.directory.gp.fhir;

/**
 * GP-list data that cannot be read: says what is wrong and where (a FHIR path or a CSV line), never the personal data
 * it found there.
 */
public final class InvalidGpDataException extends RuntimeException {

    public InvalidGpDataException(String message) {
        super(message);
    }
}
