package no.samport.directory.gp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** GP lists, waiting lists and routing to the patient's GP: {@code samport.gp-lists.*}. */
@ConfigurationProperties("samport.gp-lists")
public class GpListsProperties {

    /**
     * HER-ids that mean "the patient's GP": a message addressed to one of them is routed through the GP lists at send
     * time. A municipality registers such a communication party for senders that do not know the GP.
     */
    private Set<String> patientsGpHerIds = new LinkedHashSet<>();

    /**
     * Whether a message addressed to a health professional in the role "Fastlege" (9034 code 6) goes to the
     * patient's GP at send time, which may be another doctor than the one named (GP-LISTS.md §6, scenario GL-15).
     */
    private boolean routeFastlegeRole = true;

    /**
     * How long a message for "the patient's GP" waits when the patient is on no GP list at send time (GL-12: a
     * refugee's arrival check waits for the first GP), e.g. {@code P30D}; when a join places the patient on a list
     * within that time the message goes to that list's GP, after it the message goes the way it would have without
     * the hold (the addressee as written, or a rejection). Unset (the default): no message waits.
     */
    private Duration holdUnlistedFor;

    /**
     * Message types (e.g. {@code DIALOG_NOTAT}, {@code DIALOG_FORESPORSEL}) that wait under {@code hold-unlisted-for};
     * empty (the default): every type addressed to the patient's GP.
     */
    private Set<String> holdMessageTypes = new LinkedHashSet<>();

    /** How often waiting messages are checked: a patient placed on a list since, or a wait that has run out. */
    private Duration holdCheckInterval = Duration.ofMinutes(1);

    /** How often list changes, full lists, capacity figures and expired offers are looked at and sent. */
    private Duration distributionInterval = Duration.ofMinutes(1);

    /** Day of the month on which every GP office is sent its full lists (1–28); 0 sends none unasked. */
    private int fullListDay = 1;

    /** Wait before sending an outgoing list document again after its endpoint refused it. */
    private Duration outboxRetryDelay = Duration.ofSeconds(30);

    /** Attempts before an outgoing list document is marked FAILED for an operator to retry. */
    private int outboxMaxAttempts = 10;

    /**
     * Which source wins when sources disagree, first wins (GP-LISTS.md §8, e.g. the municipality's own figures over
     * helsenorge-derived ones). Sources not named rank after those named.
     */
    private List<String> sourcePrecedence = new ArrayList<>(List.of("kommune", "flr", "helfo", "helsenorge"));

    /** Per municipality (key: kommunenummer, e.g. "5001"): waiting-list model and rules, routing fallback, targets. */
    private Map<String, MunicipalityProperties> municipalities = new LinkedHashMap<>();

    /**
     * Municipal mergers (GL-19), key: the new kommunenummer; each with the old numbers ({@code from}) and the day it
     * takes effect ({@code effective}). Data recorded from that day with an old number is mapped to the new one (with
     * a note on the change's answer); statistics count the old municipalities' lists under the new one from that day.
     */
    private Map<String, MergerProperties> municipalityMergers = new LinkedHashMap<>();

    public Map<String, MergerProperties> getMunicipalityMergers() {
        return municipalityMergers;
    }

    public void setMunicipalityMergers(Map<String, MergerProperties> municipalityMergers) {
        this.municipalityMergers = municipalityMergers;
    }

    public Duration getHoldUnlistedFor() {
        return holdUnlistedFor;
    }

    public void setHoldUnlistedFor(Duration holdUnlistedFor) {
        this.holdUnlistedFor = holdUnlistedFor;
    }

    public Set<String> getHoldMessageTypes() {
        return holdMessageTypes;
    }

    public void setHoldMessageTypes(Set<String> holdMessageTypes) {
        this.holdMessageTypes = holdMessageTypes;
    }

    public Duration getHoldCheckInterval() {
        return holdCheckInterval;
    }

    public void setHoldCheckInterval(Duration holdCheckInterval) {
        this.holdCheckInterval = holdCheckInterval;
    }

    public Set<String> getPatientsGpHerIds() {
        return patientsGpHerIds;
    }

    public void setPatientsGpHerIds(Set<String> patientsGpHerIds) {
        this.patientsGpHerIds = patientsGpHerIds;
    }

    public boolean isRouteFastlegeRole() {
        return routeFastlegeRole;
    }

    public void setRouteFastlegeRole(boolean routeFastlegeRole) {
        this.routeFastlegeRole = routeFastlegeRole;
    }

    public Duration getDistributionInterval() {
        return distributionInterval;
    }

    public void setDistributionInterval(Duration distributionInterval) {
        this.distributionInterval = distributionInterval;
    }

    public int getFullListDay() {
        return fullListDay;
    }

    public void setFullListDay(int fullListDay) {
        this.fullListDay = fullListDay;
    }

    public Duration getOutboxRetryDelay() {
        return outboxRetryDelay;
    }

    public void setOutboxRetryDelay(Duration outboxRetryDelay) {
        this.outboxRetryDelay = outboxRetryDelay;
    }

    public int getOutboxMaxAttempts() {
        return outboxMaxAttempts;
    }

    public void setOutboxMaxAttempts(int outboxMaxAttempts) {
        this.outboxMaxAttempts = outboxMaxAttempts;
    }

    public List<String> getSourcePrecedence() {
        return sourcePrecedence;
    }

    public void setSourcePrecedence(List<String> sourcePrecedence) {
        this.sourcePrecedence = sourcePrecedence;
    }

    public Map<String, MunicipalityProperties> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(Map<String, MunicipalityProperties> municipalities) {
        this.municipalities = municipalities;
    }
}
