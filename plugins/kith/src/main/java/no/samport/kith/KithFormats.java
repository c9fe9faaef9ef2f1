package no.samport.kith;

/** Format ids of the KITH codec, as used in {@code DecodedMessage.format} and {@code EncodingPreferences}. */
public final class KithFormats {

    public static final String DIALOGMELDING_1_0 = "dialogmelding-1.0";
    public static final String DIALOGMELDING_1_1 = "dialogmelding-1.1";
    public static final String APPREC_1_0 = "apprec-1.0";
    public static final String APPREC_1_1 = "apprec-1.1";
    public static final String EPIKRISE_1_2 = "epikrise-1.2";
    /** Read only: an Epikrise 1.1 is written as 1.2. */
    public static final String EPIKRISE_1_1 = "epikrise-1.1";

    private KithFormats() {
    }
}
