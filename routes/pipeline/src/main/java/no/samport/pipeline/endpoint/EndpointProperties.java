package no.samport.pipeline.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * When the office behind this endpoint is open, in Europe/Oslo time, e.g. "Mon-Fri 08:00-15:30" or
     * "Mon-Thu 08:00-15:30; Fri 08:00-14:00". Empty (the default): always open. Outside these hours a message that
     * is not urgent waits (status HELD) until the next opening; urgent messages and AppRecs go at once.
     */
    private String openingHours;

    /** Dates (yyyy-MM-dd) the office is closed all day although its opening hours say open, e.g. public holidays. */
    private List<String> closedDates = new ArrayList<>();

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

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public List<String> getClosedDates() {
        return closedDates;
    }

    public void setClosedDates(List<String> closedDates) {
        this.closedDates = closedDates;
    }

    public Map<String, String> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, String> properties) {
        this.properties = properties;
    }
}
