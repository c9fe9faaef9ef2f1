package no.samport.kith.internal.xml;

/** The XML namespaces of the KITH standards the codec reads and writes (STANDARDS.md §2). */
public final class KithNamespaces {

    public static final String MSGHEAD = "http://www.kith.no/xmlstds/msghead/2006-05-24";
    public static final String FK1 = "http://www.kith.no/xmlstds/felleskomponent1";
    public static final String BASE64 = "http://www.kith.no/xmlstds/base64container";
    public static final String DIALOG_1_0 = "http://www.kith.no/xmlstds/dialog/2006-10-11";
    public static final String DIALOG_1_1 = "http://www.kith.no/xmlstds/dialog/2013-01-23";
    public static final String APPREC_1_0 = "http://www.kith.no/xmlstds/apprec/2004-11-21";
    public static final String APPREC_1_1 = "http://www.kith.no/xmlstds/apprec/2012-02-15";
    public static final String EPIKRISE_1_2 = "http://www.kith.no/xmlstds/epikrise/2012-02-15";
    public static final String EPIKRISE_1_1 = "http://www.kith.no/xmlstds/epikrise/2006-09-23";
    public static final String XHTML = "http://www.w3.org/1999/xhtml";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private KithNamespaces() {
    }
}
