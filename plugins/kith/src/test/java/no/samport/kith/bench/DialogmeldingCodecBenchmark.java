package no.samport.kith.bench;

import org.openjdk.jmh.annotations.Param;

/**
 * MsgHead with Dialogmelding: a typical 1.0 forespørsel (about 4 KB) and a 1.1 helsefaglig dialog with a small PDF
 * attachment.
 */
public class DialogmeldingCodecBenchmark extends CodecBenchmark {

    @Param({"kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml",
            "kith/dialogmelding/1.1/helsefaglig-dialog-med-vedlegg.xml"})
    public String fixture;

    @Override
    protected String fixture() {
        return fixture;
    }
}
