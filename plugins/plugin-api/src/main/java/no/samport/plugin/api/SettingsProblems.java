package no.samport.plugin.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems with an endpoint's adapter properties for {@link Adapter#validate(EndpointSettings)}; each
 * problem names the full configuration key, e.g. {@code samport.endpoints.helsenett.properties.base-url}.
 */
public final class SettingsProblems {

    private final EndpointSettings endpoint;
    private final List<String> problems = new ArrayList<>();

    private SettingsProblems(EndpointSettings endpoint) {
        this.endpoint = endpoint;
    }

    public static SettingsProblems of(EndpointSettings endpoint) {
        return new SettingsProblems(endpoint);
    }

    /** The configuration key of one of the endpoint's adapter properties. */
    public String key(String property) {
        return "samport.endpoints." + endpoint.id() + ".properties." + property;
    }

    public SettingsProblems required(String property, String what) {
        String value = endpoint.properties().get(property);
        if (value == null || value.isBlank()) {
            problems.add(key(property) + " is missing: " + what);
        }
        return this;
    }

    /** When set, the property is a whole number of at least {@code min}. */
    public SettingsProblems wholeNumber(String property, long min) {
        String value = endpoint.properties().get(property);
        if (value == null) {
            return this;
        }
        try {
            if (Long.parseLong(value.strip()) < min) {
                problems.add(key(property) + " is " + value + "; it must be at least " + min);
            }
        } catch (NumberFormatException e) {
            problems.add(key(property) + " is '" + value + "'; it must be a whole number");
        }
        return this;
    }

    /** When set, the property is an absolute http or https URL. */
    public SettingsProblems httpUrl(String property) {
        String value = endpoint.properties().get(property);
        if (value == null || value.isBlank()) {
            return this;
        }
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                problems.add(key(property) + " is '" + value + "'; it must be an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            problems.add(key(property) + " is '" + value + "', which is not a URL: " + e.getReason());
        }
        return this;
    }

    /** Adds a problem of the adapter's own about one property. */
    public SettingsProblems add(String property, String problem) {
        problems.add(key(property) + " " + problem);
        return this;
    }

    public List<String> list() {
        return List.copyOf(problems);
    }
}
