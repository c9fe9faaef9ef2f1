package no.samport.kith.pasientliste;

/** A document that is not a readable HIS 1023 Pasientliste; says what and where (line), never the personal data. */
public final class InvalidPasientlisteException extends Exception {

    public InvalidPasientlisteException(String message) {
        super(message);
    }
}
