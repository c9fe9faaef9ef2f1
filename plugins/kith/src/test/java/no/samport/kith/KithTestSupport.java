package no.samport.kith;

import java.util.List;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.SharedReferences;

/** Fixture lists and shared, lazily built helpers for the codec tests. */
final class KithTestSupport {

    static final String FORESPORSEL = "kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml";
    static final String SVAR = "kith/dialogmelding/1.0/svar-fastlege-pa-foresporsel.xml";
    static final String NOTAT = "kith/dialogmelding/1.0/notat-fastlege-til-hjemmetjenesten.xml";
    static final String AVVIK = "kith/dialogmelding/1.0/avvik-feil-adressat.xml";
    static final String HELSEFAGLIG_MED_VEDLEGG = "kith/dialogmelding/1.1/helsefaglig-dialog-med-vedlegg.xml";
    static final String HELSEFAGLIG_TILKNYTTET_ENHET = "kith/dialogmelding/1.1/helsefaglig-svar-med-tilknyttet-enhet.xml";
    static final String STATUS_HENVISNING = "kith/dialogmelding/1.1/status-henvisning-psykisk-helse.xml";
    static final String APPREC_OK = "kith/apprec/1.0/ok-fra-legekontor.xml";
    static final String APPREC_AVVIST = "kith/apprec/1.0/avvist-ukjent-mottaker.xml";
    static final String APPREC_1_1_OK = "kith/apprec/1.1/ok-fra-sykehjem.xml";
    static final String APPREC_1_1_DELVIS = "kith/apprec/1.1/delvis-ok-vedlegg-uleselig.xml";

    static final List<String> DIALOGUE_FIXTURES = List.of(FORESPORSEL, SVAR, NOTAT, AVVIK, HELSEFAGLIG_MED_VEDLEGG,
            HELSEFAGLIG_TILKNYTTET_ENHET, STATUS_HENVISNING);
    static final List<String> APPREC_FIXTURES = List.of(APPREC_OK, APPREC_AVVIST, APPREC_1_1_OK, APPREC_1_1_DELVIS);
    static final List<String> VALID_FIXTURES = concat(DIALOGUE_FIXTURES, APPREC_FIXTURES);

    /** The official examples Samport reads. */
    static final List<String> OFFICIAL_EXAMPLES = List.of("dialogmelding-1.0-foresporsel-plo.xml",
            "dialogmelding-1.1-helsefaglig-dialog.xml", "apprec-1.0-ok.xml");

    private static KithSchemaValidator schemaValidator;

    private KithTestSupport() {
    }

    static DecodedMessage decode(String fixture) throws MessageRejectedException {
        return new KithCodec().decode(Fixtures.bytes(fixture));
    }

    /** The validator over ../shared/kith-schemas, built once; skips the test when ../shared is absent. */
    static synchronized KithSchemaValidator schemaValidator() {
        if (schemaValidator == null) {
            schemaValidator = KithSchemaValidator.fromDirectory(SharedReferences.assumeKithSchemas());
        }
        return schemaValidator;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
