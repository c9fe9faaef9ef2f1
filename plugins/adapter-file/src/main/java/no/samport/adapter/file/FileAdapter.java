package no.samport.adapter.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samport.kith.KithFormats;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.AdapterCapabilities;
import no.samport.plugin.api.AdapterHealth;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.MessageCodec;
import no.samport.plugin.api.SettingsProblems;

/**
 * Message folders: an EPJ or a person drops KITH XML files in {@code <endpoint>/in}; Samport writes the endpoint's
 * messages and receipts to {@code <endpoint>/out} and notices about unreadable files to {@code <endpoint>/error}.
 * Files are written under a hidden temporary name and renamed when complete, so a reader never sees half a file.
 *
 * <p>Endpoint properties: {@code poll-interval} (milliseconds between scans of the in-folder, default 500) and
 * {@code read-lock-min-age} (milliseconds a file must be unchanged before it is read, default 500).
 */
public final class FileAdapter implements Adapter {

    public static final String ID = "file";
    private static final AdapterCapabilities CAPABILITIES = AdapterCapabilities.bothWays(Set.of(
            KithFormats.DIALOGMELDING_1_0, KithFormats.DIALOGMELDING_1_1, KithFormats.APPREC_1_0,
            KithFormats.APPREC_1_1)).withRejectionNotices();

    private final MessageCodec codec;

    public FileAdapter(MessageCodec codec) {
        this.codec = codec;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Message folders (KITH XML files)";
    }

    @Override
    public List<String> intendedFor() {
        return List.of("EPJ systems that exchange KITH XML through a shared folder", "manual testing and demos");
    }

    @Override
    public AdapterCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public MessageCodec codec() {
        return codec;
    }

    @Override
    public List<String> validate(EndpointSettings endpoint) {
        return SettingsProblems.of(endpoint)
                .wholeNumber("poll-interval", 1)
                .wholeNumber("read-lock-min-age", 0)
                .list();
    }

    @Override
    public Optional<String> inboundUri(EndpointSettings endpoint) {
        String pollInterval = endpoint.property("poll-interval", "500");
        String minAge = endpoint.property("read-lock-min-age", "500");
        return Optional.of("file:" + folder(endpoint, "in")
                + "?delete=true&readLock=changed&readLockCheckInterval=" + minAge
                + "&readLockMinAge=" + minAge + "&readLockMinLength=0&delay=" + pollInterval
                + "&sortBy=file:modified&autoCreate=true");
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
        for (String name : List.of("in", "out", "error")) {
            Path folder = endpoint.workDirectory().resolve(name);
            if (Files.exists(folder) && !Files.isWritable(folder)) {
                return AdapterHealth.down(folder + " is not writable");
            }
        }
        return AdapterHealth.up("folders under " + endpoint.workDirectory());
    }

    private static String writer(EndpointSettings endpoint, String name) {
        return "file:" + folder(endpoint, name) + "?fileName=${header." + OUTBOUND_NAME_HEADER + "}"
                + "&tempFileName=.${file:name}.part&fileExist=Override&autoCreate=true";
    }

    private static String folder(EndpointSettings endpoint, String name) {
        return endpoint.workDirectory().resolve(name).toAbsolutePath().normalize().toString();
    }
}
