package no.samport.kith.bench;

import org.openjdk.jmh.annotations.Param;

/** MsgHead with Epikrise 1.2 (about 13 KB: a stay with diagnoses, a medication list and five text sections). */
public class EpikriseCodecBenchmark extends CodecBenchmark {

    @Param({"kith/epikrise/1.2/epikrise-lungebetennelse-til-fastlege.xml"})
    public String fixture;

    @Override
    protected String fixture() {
        return fixture;
    }
}
