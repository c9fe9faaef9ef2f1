package no.samport.plugin.api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What a receiver accepts, from the directory and the endpoint's configuration.
 *
 * @param acceptedFormats format ids the receiver reads (e.g. {@code dialogmelding-1.0}, {@code apprec-1.0}); empty
 *                        means "whatever the codec writes by default"
 * @param charset         the character encoding the receiver wants
 */
public record EncodingPreferences(Set<String> acceptedFormats, Charset charset) {

    public EncodingPreferences {
        acceptedFormats = Set.copyOf(acceptedFormats);
        charset = charset == null ? StandardCharsets.UTF_8 : charset;
    }

    public static EncodingPreferences defaults() {
        return new EncodingPreferences(Set.of(), StandardCharsets.UTF_8);
    }

    public boolean accepts(String format) {
        return acceptedFormats.isEmpty() || acceptedFormats.contains(format);
    }
}
