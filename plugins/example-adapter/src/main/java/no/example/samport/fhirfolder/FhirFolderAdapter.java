package no.example.samport.fhirfolder;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.AdapterCapabilities;
import no.samport.plugin.api.AdapterHealth;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.MessageCodec;
import no.samport.plugin.api.SettingsProblems;

/**
 * An example adapter: a system that exchanges FHIR message bundles as JSON files in {@code <endpoint>/in} and
 * {@code <endpoint>/out}, with notices about unreadable files in {@code <endpoint>/error}. Endpoint property:
 * {@code poll-interval} (milliseconds, default 1000).
 */
public final class FhirFolderAdapter implements Adapter {

    public static final String ID = "fhir-folder";

    private final FhirJsonCodec codec = new FhirJsonCodec();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "FHIR message bundles in folders (example)";
    }

    @Override
    public AdapterCapabilities capabilities() {
        return AdapterCapabilities.bothWays(Set.of(FhirJsonCodec.FORMAT)).withRejectionNotices();
    }

    @Override
    public MessageCodec codec() {
        return codec;
    }

    @Override
    public List<String> validate(EndpointSettings endpoint) {
        return SettingsProblems.of(endpoint).wholeNumber("poll-interval", 10).list();
    }

    @Override
    public Optional<String> inboundUri(EndpointSettings endpoint) {
        // readLock=changed: a file is read only once it stopped growing; delete=true: taken only after success
        return Optional.of("file:" + folder(endpoint, "in") + "?delete=true&readLock=changed&readLockMinAge=200"
                + "&readLockCheckInterval=100&autoCreate=true&delay=" + endpoint.property("poll-interval", "1000"));
    }

    @Override
    public Optional<String> outboundUri(EndpointSettings endpoint) {
        return Optional.of(writer(endpoint, "out"));
    }

    @Override
    public Optional<String> rejectionNoticeUri(EndpointSettings endpoint) {
        return Optional.of(writer(endpoint, "error"));
    }

    @Override
    public AdapterHealth health(EndpointSettings endpoint) {
        return AdapterHealth.up("folders under " + endpoint.workDirectory());
    }

    private static String writer(EndpointSettings endpoint, String name) {
        return "file:" + folder(endpoint, name) + "?fileName=${header." + OUTBOUND_NAME_HEADER + "}"
                + "&tempFileName=.${file:name}.part&autoCreate=true";
    }

    private static String folder(EndpointSettings endpoint, String name) {
        return endpoint.workDirectory().resolve(name).toAbsolutePath().normalize().toString();
    }
}
