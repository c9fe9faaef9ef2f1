package no.samport.testfixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sample messages on the classpath, named after their scenario: {@code kith/dialogmelding/1.0/foresporsel-…xml},
 * {@code kith/apprec/1.0/ok-fra-legekontor.xml}, {@code kith/invalid/…}, {@code kith/quirks/…}. Every person in them
 * is fictitious; identity numbers have valid check digits unless the scenario says otherwise.
 */
public final class Fixtures {

    private static final String ROOT = "fixtures/";

    private Fixtures() {
    }

    /** The fixture's bytes, exactly as stored (the XML declaration names the encoding). */
    public static byte[] bytes(String scenarioPath) {
        try (InputStream in = open(scenarioPath)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the fixture " + scenarioPath, e);
        }
    }

    /** The fixture as UTF-8 text (all XML fixtures are UTF-8). */
    public static String text(String scenarioPath) {
        return new String(bytes(scenarioPath), StandardCharsets.UTF_8);
    }

    /** Whether a fixture exists. */
    public static boolean exists(String scenarioPath) {
        return Fixtures.class.getClassLoader().getResource(ROOT + scenarioPath) != null;
    }

    private static InputStream open(String scenarioPath) {
        InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(ROOT + scenarioPath);
        if (in == null) {
            throw new IllegalArgumentException("No fixture " + scenarioPath + " on the classpath (looked for "
                    + ROOT + scenarioPath + " in test-fixtures/src/main/resources)");
        }
        return in;
    }
}
