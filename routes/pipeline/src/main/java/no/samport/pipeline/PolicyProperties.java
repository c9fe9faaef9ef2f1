package no.samport.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The task-sharing policy stage and its deadlines: {@code samport.policy.*}. */
@ConfigurationProperties("samport.policy")
public class PolicyProperties {

    /**
     * Rule-set files or folders laid over the national default rules, from the top down: a health region's, then the
     * municipality's. A folder holds the versions of one rule set (one file each); {@code classpath:} names a
     * resource. Empty: the national default alone.
     */
    private List<String> layers = new ArrayList<>();

    /** How often the deadlines of task-sharing obligations are checked, alarms raised and met obligations cleared. */
    private Duration deadlineCheckInterval = Duration.ofMinutes(1);

    /**
     * Where a notice goes when an alarm is raised or cleared: a Camel endpoint URI, e.g. {@code file:/var/lib/samport/alarms}
     * or {@code jms:queue:samport.alarms}. Notices are JSON and hold no patient data.
     */
    private String alarmUri = "log:no.samport.policy.alarms?level=WARN&showHeaders=false";

    public List<String> getLayers() {
        return layers;
    }

    public void setLayers(List<String> layers) {
        this.layers = layers;
    }

    public Duration getDeadlineCheckInterval() {
        return deadlineCheckInterval;
    }

    public void setDeadlineCheckInterval(Duration deadlineCheckInterval) {
        this.deadlineCheckInterval = deadlineCheckInterval;
    }

    public String getAlarmUri() {
        return alarmUri;
    }

    public void setAlarmUri(String alarmUri) {
        this.alarmUri = alarmUri;
    }
}
