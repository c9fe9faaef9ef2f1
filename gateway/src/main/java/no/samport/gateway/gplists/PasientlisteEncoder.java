package no.samport.gateway.gplists;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samport.directory.gp.distribution.ListDocumentEncoder;
import no.samport.kith.pasientliste.Pasientliste;
import no.samport.kith.pasientliste.PasientlisteFhir;
import no.samport.kith.pasientliste.PasientlisteWriter;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Reference;

/**
 * GP-list documents as HIS 1023:2010 Pasientliste XML, one per list, for GP offices whose party names the format
 * {@value #FORMAT}: the full list for the month, or only the patients who joined or left (a list of changes).
 */
public final class PasientlisteEncoder implements ListDocumentEncoder {

    public static final String FORMAT = "pasientliste-1.0";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<EncodedDocument> encode(Bundle message, Content content, YearMonth month, String stamp) {
        List<EncodedDocument> documents = new ArrayList<>();
        for (Reference focus : Bundles.header(message).getFocus()) {
            Bundles.resolve(message, focus).filter(Group.class::isInstance).map(Group.class::cast).ifPresent(group -> {
                Pasientliste list = PasientlisteFhir.fromGroup(message, group, month, content == Content.CHANGES);
                documents.add(new EncodedDocument("pasientliste-" + contractId(group) + "-" + month + "-"
                        + content.name().toLowerCase(Locale.ROOT) + "-" + stamp + ".xml", PasientlisteWriter.write(list)));
            });
        }
        return documents;
    }

    private static String contractId(Group group) {
        return group.getIdentifier().stream().filter(i -> GpListConventions.CONTRACT_ID.equals(i.getSystem()))
                .map(i -> i.getValue().replaceAll("[^A-Za-z0-9-]", "_")).findFirst().orElse("list");
    }
}
