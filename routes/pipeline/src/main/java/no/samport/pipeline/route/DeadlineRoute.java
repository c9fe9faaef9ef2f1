package no.samport.pipeline.route;

import no.samport.pipeline.PolicyProperties;
import no.samport.pipeline.step.DeadlineStep;
import org.apache.camel.builder.RouteBuilder;

/**
 * Deadlines: every {@code samport.policy.deadline-check-interval}, settles the task-sharing deadlines and sends a JSON
 * notice for each alarm raised or cleared to {@code samport.policy.alarm-uri}.
 */
public final class DeadlineRoute extends RouteBuilder {

    private final DeadlineStep step;
    private final PolicyProperties properties;

    public DeadlineRoute(DeadlineStep step, PolicyProperties properties) {
        this.step = step;
        this.properties = properties;
    }

    @Override
    public void configure() {
        long period = properties.getDeadlineCheckInterval().toMillis();
        from("timer:policy-deadlines?delay=" + period + "&period=" + period).routeId("policy-deadlines")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(step, "check")
                .split(body())
                    .process(new AlarmNoticeWriter())
                    .to(properties.getAlarmUri())
                .end();
    }
}
