package no.samport.directory.gp.change;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Subject keys for ordering changes; a person appears only as a one-way digest, never as a fødselsnummer. */
public final class Subjects {

    private Subjects() {
    }

    public static String member(String contractId, String nin) {
        return "contract:" + contractId + "/member:" + digest(nin);
    }

    /** SHA-256 of a text, in hex. */
    public static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
