package no.samport.kith.internal.epikrise;

import java.util.Optional;
import no.samport.kith.KithFormats;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.KithVersion;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.w3c.dom.Element;

/**
 * Epikrise 1.2 (read and written) and 1.1 (read). The 1.2 XSD's change log lists what 1.1 has beyond it:
 * {@code Event/Id}, {@code HCP/PartyIdByRequester} and {@code PartyIdByServProv}, {@code PatRelHCP/Role},
 * {@code Inst/Type}; those are read as "not kept". 1.1 {@code ServReq/MsgDescr} is text where 1.2 has a CS.
 */
public enum EpikriseVersion implements KithVersion {
    V1_2(KithNamespaces.EPIKRISE_1_2, KithFormats.EPIKRISE_1_2, "v1.2 2012-02-15"),
    V1_1(KithNamespaces.EPIKRISE_1_1, KithFormats.EPIKRISE_1_1, null);

    private final String namespace;
    private final String format;
    private final String migVersion;

    EpikriseVersion(String namespace, String format, String migVersion) {
        this.namespace = namespace;
        this.format = format;
        this.migVersion = migVersion;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public String format() {
        return format;
    }

    /** The MIGversion the standard fixes, or null when Samport does not check it (1.1). */
    public String migVersion() {
        return migVersion;
    }

    /** Reports the 1.1 elements that 1.2 dropped under {@code parent} as not kept; nothing in 1.2. */
    void dropped(Element parent, ReadContext context, String... names) throws MessageRejectedException {
        if (this != V1_1) {
            return;
        }
        for (String name : names) {
            for (Element element : context.all(parent, namespace, name)) {
                context.notKept(element, "Epikrise 1.1 " + name + " (dropped in 1.2)");
            }
        }
    }

    public static Optional<EpikriseVersion> byNamespace(String namespace) {
        return KithVersion.byNamespace(EpikriseVersion.class, namespace);
    }
}
