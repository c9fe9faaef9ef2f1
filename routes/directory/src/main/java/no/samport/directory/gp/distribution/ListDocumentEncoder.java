package no.samport.directory.gp.distribution;

import java.time.YearMonth;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Writes an outgoing GP-list message (a FHIR message bundle with one Group per list) in a recipient's format: FHIR
 * JSON, or HIS 1023 Pasientliste (one document per list). A GP office's communication party names the formats it
 * reads ({@code samport.directory.parties[n].formats}).
 */
public interface ListDocumentEncoder {

    /** What a document holds. */
    enum Content {
        /** The lists' joins and leaves since the last notice. */
        CHANGES,
        /** The whole lists for a month. */
        FULL,
        /** Figures only (capacity, offers). */
        FIGURES
    }

    /** A document ready to send. */
    record EncodedDocument(String name, byte[] payload) {
    }

    /** The format id recipients name in their party's formats, e.g. {@code fhir-json}, {@code pasientliste-1.0}. */
    String format();

    /**
     * @param message the message bundle
     * @param content what it holds
     * @param month   the month the lists are for
     * @param stamp   a short unique token for file names
     */
    List<EncodedDocument> encode(Bundle message, Content content, YearMonth month, String stamp);
}
