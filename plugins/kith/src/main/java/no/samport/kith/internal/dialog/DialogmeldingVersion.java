package no.samport.kith.internal.dialog;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import no.samport.kith.KithFormats;
import no.samport.kith.internal.common.PersonConverter;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.KithVersion;
import no.samport.plugin.api.fhir.KithMessageType;

/**
 * The Dialogmelding versions (STANDARDS.md §4): 1.0 for forespørsel, svar, notat and avvik; 1.1 for helsefaglig
 * dialog and status på henvisning. 1.1 adds {@code EmneSporsmal}, {@code KodetOpplysning}, repeating {@code TypeJournalinfo}, markup in
 * {@code Sporsmal} and {@code TilknyttetEnhet}.
 */
public enum DialogmeldingVersion implements KithVersion {
    V1_0(KithNamespaces.DIALOG_1_0, KithFormats.DIALOGMELDING_1_0, Set.of(KithMessageType.DIALOG_FORESPORSEL,
            KithMessageType.DIALOG_SVAR, KithMessageType.DIALOG_NOTAT, KithMessageType.DIALOG_AVVIK)),
    V1_1(KithNamespaces.DIALOG_1_1, KithFormats.DIALOGMELDING_1_1, Set.of(KithMessageType.DIALOG_HELSEFAGLIG,
            KithMessageType.DIALOG_STATUS_HENVISNING));

    private final String namespace;
    private final String format;
    private final Set<String> messageTypes;

    DialogmeldingVersion(String namespace, String format, Set<String> messageTypes) {
        this.namespace = namespace;
        this.format = format;
        this.messageTypes = messageTypes;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public String format() {
        return format;
    }

    /** Whether the version is 1.1 or later (the 1.1 elements exist). */
    public boolean isV1_1() {
        return this == V1_1;
    }

    /** {@code dia:HealthcareProfessional}: dialogue elements, fk1 components (the fk1 trap). */
    public PersonConverter.Layout professionalLayout() {
        return new PersonConverter.Layout(namespace, KithNamespaces.FK1, false);
    }

    /** {@code dia:Person}: like the professional, but GivenName comes first. */
    public PersonConverter.Layout personLayout() {
        return new PersonConverter.Layout(namespace, KithNamespaces.FK1, true);
    }

    /** The 8279 types the standard defines for this version. */
    public Set<String> messageTypes() {
        return messageTypes;
    }

    /** Whether the standard defines this 8279 type for this version. */
    public boolean defines(String messageType) {
        return messageType != null && messageTypes.contains(messageType);
    }

    public static Optional<DialogmeldingVersion> byNamespace(String namespace) {
        return KithVersion.byNamespace(DialogmeldingVersion.class, namespace);
    }

    /** The version a message type is written in, if it is a dialogue type. */
    public static Optional<DialogmeldingVersion> forType(String messageType) {
        return Arrays.stream(values()).filter(v -> v.defines(messageType)).findFirst();
    }
}
