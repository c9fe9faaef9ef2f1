package no.samport.kith.bench;

import org.openjdk.jmh.annotations.Param;

/** AppRec 1.0 (status 1) and 1.1 (status 3 with two errors). */
public class AppRecCodecBenchmark extends CodecBenchmark {

    @Param({"kith/apprec/1.0/ok-fra-legekontor.xml", "kith/apprec/1.1/delvis-ok-vedlegg-uleselig.xml"})
    public String fixture;

    @Override
    protected String fixture() {
        return fixture;
    }
}
