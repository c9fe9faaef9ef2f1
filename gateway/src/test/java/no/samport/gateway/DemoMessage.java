package no.samport.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samport.testfixtures.Fixtures;

/**
 * A demo message from docs/demo (or a test fixture), with fresh ids so that each test sends a message nobody sent
 * before.
 */
record DemoMessage(String xml, String msgId) {

    private static final Pattern MSG_ID = Pattern.compile("<MsgId>([^<]+)</MsgId>");
    private static final Pattern APPREC_ID = Pattern.compile("(<GenDate>[^<]+</GenDate>\\s*<Id>)([^<]+)(</Id>)");

    static DemoMessage read(Path file) {
        try {
            return withFreshMsgId(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test fixture by scenario (test-fixtures, e.g. {@code kith/epikrise/1.2/...xml}), with a fresh MsgId. */
    static DemoMessage fixture(String scenario) {
        return withFreshMsgId(Fixtures.text(scenario));
    }

    private static DemoMessage withFreshMsgId(String xml) {
        Matcher msgId = MSG_ID.matcher(xml);
        if (msgId.find()) {
            String fresh = UUID.randomUUID().toString();
            return new DemoMessage(xml.replace(msgId.group(1), fresh), fresh);
        }
        return new DemoMessage(xml, null);
    }

    /** For an AppRec: answers {@code originalMsgId} and gets an id of its own. */
    DemoMessage answering(String originalMsgId, String demoOriginalMsgId) {
        String fresh = UUID.randomUUID().toString();
        Matcher id = APPREC_ID.matcher(xml);
        String withId = id.replaceFirst("$1" + fresh + "$3");
        return new DemoMessage(withId.replace(demoOriginalMsgId, originalMsgId), fresh);
    }

    DemoMessage replace(String from, String to) {
        return new DemoMessage(xml.replace(from, to), msgId);
    }

    byte[] bytes() {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
