package no.samport.gateway.support;

import java.nio.charset.StandardCharsets;

/**
 * What a message file or request body holds, told from its first bytes: a FHIR resource as JSON (starts with
 * {@code {}), a FHIR resource as XML (its root element is in the FHIR namespace), or else native XML for a codec.
 */
public enum MessageSyntax {
    KITH_XML, FHIR_JSON, FHIR_XML;

    private static final String FHIR_NAMESPACE = "http://hl7.org/fhir";
    private static final int SNIFF = 2048;

    public static MessageSyntax of(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(SNIFF, bytes.length), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").strip();
        if (head.startsWith("{")) {
            return FHIR_JSON;
        }
        String root = head.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", "").strip();
        int end = root.indexOf('>');
        String start = end < 0 ? root : root.substring(0, end);
        return start.contains("\"" + FHIR_NAMESPACE + "\"") || start.contains("'" + FHIR_NAMESPACE + "'")
                ? FHIR_XML : KITH_XML;
    }
}
