package no.samport.pipeline.endpoint;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.EndpointSettings;

/**
 * The registry of endpoints, built at start-up from configuration and the adapters found on the class path. Every
 * misconfiguration found here stops start-up with a message that names the key to fix.
 */
public final class Endpoints {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, Endpoint> byId;

    public Endpoints(EndpointsProperties properties, List<Adapter> adapters, Directory directory) {
        Map<String, Adapter> adaptersById = adaptersById(adapters);
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        Path root = properties.getDataDir().resolve("endpoints");
        properties.getEndpoints().forEach((id, config) -> {
            if (!KEBAB_CASE.matcher(id).matches()) {
                throw new IllegalStateException("samport.endpoints." + id + ": an endpoint id is kebab-case (a-z, 0-9, -)");
            }
            if (!config.isEnabled()) {
                return;
            }
            Adapter adapter = adaptersById.get(config.getAdapter());
            if (adapter == null) {
                throw new IllegalStateException("samport.endpoints." + id + ".adapter is '" + config.getAdapter()
                        + "', which is not an installed adapter; installed: " + adaptersById.keySet());
            }
            EndpointSettings settings = new EndpointSettings(id, adapter.id(), root.resolve(id), config.getProperties());
            List<String> problems = adapter.validate(settings);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Endpoint " + id + " (adapter " + adapter.id() + ") is misconfigured: "
                        + String.join("; ", problems));
            }
            endpoints.put(id, new Endpoint(settings, adapter, config.isSendsAppRec(), config.getFormats(),
                    charset(id, config.getCharset()), openingHours(id, config)));
        });
        this.byId = endpoints;
        checkDirectory(directory);
    }

    private static Map<String, Adapter> adaptersById(List<Adapter> adapters) {
        Map<String, Adapter> byId = new TreeMap<>();
        for (Adapter adapter : adapters) {
            Adapter previous = byId.put(adapter.id(), adapter);
            if (previous != null) {
                throw new IllegalStateException("Two adapters have the id '" + adapter.id() + "': "
                        + previous.getClass().getName() + " and " + adapter.getClass().getName()
                        + "; remove one of them from the class path");
            }
        }
        return byId;
    }

    private static Optional<OpeningHours> openingHours(String id, EndpointProperties config) {
        String text = config.getOpeningHours();
        if (text == null || text.isBlank()) {
            if (!config.getClosedDates().isEmpty()) {
                throw new IllegalStateException("samport.endpoints." + id + ".closed-dates is set but opening-hours is"
                        + " not; give the office's opening hours, e.g. 'Mon-Fri 08:00-15:30'");
            }
            return Optional.empty();
        }
        List<LocalDate> closed = new ArrayList<>();
        for (String date : config.getClosedDates()) {
            try {
                closed.add(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("samport.endpoints." + id + ".closed-dates: '" + date
                        + "' is not a date like 2026-12-24");
            }
        }
        try {
            return Optional.of(OpeningHours.parse(text, closed, OpeningHours.OSLO));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("samport.endpoints." + id + ".opening-hours: " + e.getMessage(), e);
        }
    }

    private static Charset charset(String id, String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalStateException("samport.endpoints." + id + ".charset '" + name + "' is not a known charset");
        }
    }

    private void checkDirectory(Directory directory) {
        String unknown = directory.parties().stream()
                .filter(party -> !byId.containsKey(party.endpointId()))
                .map(CommunicationParty::herId)
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("samport.directory.parties with HER-id " + unknown
                    + " name an endpoint that is not configured or disabled; configured: " + byId.keySet());
        }
    }

    public Optional<Endpoint> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** The endpoint with this id; fails when it is not configured. */
    public Endpoint get(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No endpoint '" + id + "' is configured"));
    }

    public Collection<Endpoint> all() {
        return byId.values();
    }
}
