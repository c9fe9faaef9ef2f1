package no.samport.pipeline.endpoint;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One endpoint under {@code samport.endpoints.<id>}. */
public class EndpointProperties {

    /** The id of the adapter serving this endpoint, e.g. "file". */
    private String adapter;

    /** Whether this endpoint is active; a disabled endpoint neither receives nor delivers. */
    private boolean enabled = true;

    /**
     * Whether the system behind this endpoint sends application receipts (AppRec) for the messages it receives.
     * When false, Samport sends the sender an AppRec with status 1 itself once the message is handed over.
     */
    private boolean sendsAppRec = true;

    /** Format ids the system reads when its communication party does not say, e.g. dialogmelding-1.0, apprec-1.0. */
    private Set<String> formats = new LinkedHashSet<>();

    /** The character encoding the system reads. */
    private String charset = "UTF-8";

    /** Adapter-specific settings; see the adapter's documentation. */
    private Map<String, String> properties = new LinkedHashMap<>();

    public String getAdapter() {
        return adapter;
    }

    public void setAdapter(String adapter) {
        this.adapter = adapter;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isSendsAppRec() {
        return sendsAppRec;
    }

    public void setSendsAppRec(boolean sendsAppRec) {
        this.sendsAppRec = sendsAppRec;
    }

    public Set<String> getFormats() {
        return formats;
    }

    public void setFormats(Set<String> formats) {
        this.formats = formats;
    }

    public String getCharset() {
        return charset;
    }

    public void setCharset(String charset) {
        this.charset = charset;
    }

    public Map<String, String> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, String> properties) {
        this.properties = properties;
    }
}
