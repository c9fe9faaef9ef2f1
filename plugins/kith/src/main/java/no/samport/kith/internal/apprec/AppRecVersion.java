package no.samport.kith.internal.apprec;

import java.util.Optional;
import no.samport.kith.KithFormats;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.KithVersion;

/**
 * AppRec 1.0 and 1.1 (STANDARDS.md §5): the same structure in two namespaces; 1.1 takes its datatypes from kith.xsd
 * and changes the MIGversion default (trap 7: "1.0 2004-11-21" without "v", "v1.1 2012-02-15").
 */
public enum AppRecVersion implements KithVersion {
    V1_0(KithNamespaces.APPREC_1_0, KithFormats.APPREC_1_0, "1.0 2004-11-21"),
    V1_1(KithNamespaces.APPREC_1_1, KithFormats.APPREC_1_1, "v1.1 2012-02-15");

    private final String namespace;
    private final String format;
    private final String migVersion;

    AppRecVersion(String namespace, String format, String migVersion) {
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

    public String migVersion() {
        return migVersion;
    }

    public static Optional<AppRecVersion> byNamespace(String namespace) {
        return KithVersion.byNamespace(AppRecVersion.class, namespace);
    }
}
