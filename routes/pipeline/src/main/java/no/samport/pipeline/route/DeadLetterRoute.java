package no.samport.pipeline.route;

import no.samport.pipeline.PolicyProperties;
import no.samport.pipeline.Queues;
import no.samport.pipeline.step.DeadLetterStep;
import org.apache.camel.builder.RouteBuilder;

/**
 * Dead letters: {@code samport.dead-letter} -> the message's status becomes FAILED, ready for reprocessing, and a
 * {@code message-failed} notice goes to {@code samport.policy.alarm-uri}.
 */
public final class DeadLetterRoute extends RouteBuilder {

    private final DeadLetterStep step;
    private final PolicyProperties properties;

    public DeadLetterRoute(DeadLetterStep step, PolicyProperties properties) {
        this.step = step;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(QueueUris.consumer(Queues.DEAD_LETTER, 1)).routeId("dead-letter")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(step, "deadLettered(${header." + Queues.TRACKING_ID_HEADER + "}, ${header."
                        + Queues.QUEUE_HEADER + "})")
                .filter(body().isNotNull())
                    .process(new AlarmNoticeWriter())
                    .to(properties.getAlarmUri())
                .end();
    }
}
