package no.samport.gateway.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** How Samport reads and writes KITH XML: {@code samport.kith.*}. */
@ConfigurationProperties("samport.kith")
public class KithProperties {

    /** Whether deviations lenient mode tolerates (padded codes, missing DN, odd MIGversion) reject a message (T02). */
    private boolean strict = false;

    /** The largest KITH message accepted; a larger one is rejected with AppRec error T99. */
    private DataSize maxMessageSize = DataSize.ofMegabytes(20);

    /** The deepest element nesting accepted. */
    private int maxElementDepth = 100;

    /** A folder with the official KITH XSDs; when set, every message is validated against them (T02 when invalid). */
    private Path schemaDir;

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public DataSize getMaxMessageSize() {
        return maxMessageSize;
    }

    public void setMaxMessageSize(DataSize maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public int getMaxElementDepth() {
        return maxElementDepth;
    }

    public void setMaxElementDepth(int maxElementDepth) {
        this.maxElementDepth = maxElementDepth;
    }

    public Path getSchemaDir() {
        return schemaDir;
    }

    public void setSchemaDir(Path schemaDir) {
        this.schemaDir = schemaDir;
    }
}
