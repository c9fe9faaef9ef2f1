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
    /** GL-12: the migration doctor's arrival check to the patient's GP, for a refugee on no GP list yet. */
    static final String ANKOMSTUNDERSOKELSE =
            "kith/dialogmelding/1.0/ankomstundersokelse-flyktning-til-pasientens-fastlege.xml";
    static final String HELSEFAGLIG_MED_VEDLEGG = "kith/dialogmelding/1.1/helsefaglig-dialog-med-vedlegg.xml";
    static final String HELSEFAGLIG_TILKNYTTET_ENHET = "kith/dialogmelding/1.1/helsefaglig-svar-med-tilknyttet-enhet.xml";
    static final String STATUS_HENVISNING = "kith/dialogmelding/1.1/status-henvisning-psykisk-helse.xml";
    /** GL-13: the record of a night phone advice, for the patient's GP within office hours. */
    static final String NATTLIG_TELEFONRAD = "kith/dialogmelding/1.1/nattlig-telefonrad-til-fastlege.xml";
    /** GL-11: notes from an intermunicipal legevakt, in the evening service and in the daytime (routes/policy). */
    static final String LEGEVAKT_MELHUS_KVELD = "kith/dialogmelding/1.1/legevaktnotat-melhus-tirsdag-kveld.xml";
    static final String LEGEVAKT_MELHUS_FORMIDDAG = "kith/dialogmelding/1.1/legevaktnotat-melhus-hverdag-formiddag.xml";
    static final String LEGEVAKT_STUDENT_FORMIDDAG =
            "kith/dialogmelding/1.1/legevaktnotat-student-fra-melhus-hverdag-formiddag.xml";
    static final String APPREC_OK = "kith/apprec/1.0/ok-fra-legekontor.xml";
    static final String APPREC_AVVIST = "kith/apprec/1.0/avvist-ukjent-mottaker.xml";
    static final String APPREC_1_1_OK = "kith/apprec/1.1/ok-fra-sykehjem.xml";
    static final String APPREC_1_1_DELVIS = "kith/apprec/1.1/delvis-ok-vedlegg-uleselig.xml";

    static final String EPIKRISE = "kith/epikrise/1.2/epikrise-lungebetennelse-til-fastlege.xml";
    static final String EPIKRISE_1_1 = "kith/epikrise/1.1/epikrise-hjertesvikt-til-fastlege.xml";
    /** Epikriser written for the task-sharing rules (routes/policy KithEpikriseRulesTest). */
    static final String EPIKRISE_SYKEHJEM = "kith/epikrise/1.2/utskrevet-til-sykehjem-samme-dag.xml";
    static final String EPIKRISE_HJEM_DAGEN_ETTER = "kith/epikrise/1.2/utskrevet-hjem-med-hjemmesykepleie-dagen-etter.xml";
    static final String EPIKRISE_TIL_SYKEHJEMMET =
            "kith/epikrise/1.2/utskrevet-til-korttidsplass-epikrise-til-sykehjemmet.xml";

    static final List<String> DIALOGUE_FIXTURES = List.of(FORESPORSEL, SVAR, NOTAT, AVVIK, HELSEFAGLIG_MED_VEDLEGG,
            HELSEFAGLIG_TILKNYTTET_ENHET, STATUS_HENVISNING, ANKOMSTUNDERSOKELSE, NATTLIG_TELEFONRAD,
            LEGEVAKT_MELHUS_KVELD, LEGEVAKT_MELHUS_FORMIDDAG, LEGEVAKT_STUDENT_FORMIDDAG);
    static final List<String> APPREC_FIXTURES = List.of(APPREC_OK, APPREC_AVVIST, APPREC_1_1_OK, APPREC_1_1_DELVIS);
    static final List<String> EPIKRISE_FIXTURES = List.of(EPIKRISE, EPIKRISE_SYKEHJEM, EPIKRISE_HJEM_DAGEN_ETTER,
            EPIKRISE_TIL_SYKEHJEMMET);
    static final List<String> VALID_FIXTURES = concat(concat(DIALOGUE_FIXTURES, EPIKRISE_FIXTURES), APPREC_FIXTURES);

    /** The official examples Samport reads. */
    static final List<String> OFFICIAL_EXAMPLES = List.of("dialogmelding-1.0-foresporsel-plo.xml",
            "dialogmelding-1.1-helsefaglig-dialog.xml", "apprec-1.0-ok.xml", "epikrise-1.2-ny.xml");
    /** The official Epikrise example: a bare Message, without MsgHead. */
    static final String OFFICIAL_EPIKRISE = "epikrise-1.2-ny.xml";

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

    /** The Epikrise Message inside a written MsgHead, as a document of its own. */
    static byte[] epikriseMessage(byte[] msgHead) {
        try {
            org.w3c.dom.Document document = no.samport.kith.internal.xml.SecureXml.parse(msgHead, 100);
            org.w3c.dom.Node message = document.getElementsByTagNameNS("http://www.kith.no/xmlstds/epikrise/2012-02-15",
                    "Message").item(0);
            java.io.StringWriter out = new java.io.StringWriter();
            javax.xml.transform.TransformerFactory.newDefaultInstance().newTransformer()
                    .transform(new javax.xml.transform.dom.DOMSource(message), new javax.xml.transform.stream.StreamResult(out));
            return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError("no Epikrise Message in the written MsgHead", e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
