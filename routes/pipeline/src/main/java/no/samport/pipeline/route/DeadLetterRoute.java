package no.samport.pipeline.route;

import no.samport.pipeline.Queues;
import no.samport.pipeline.step.DeadLetterStep;
import org.apache.camel.builder.RouteBuilder;

/** Dead letters: {@code samport.dead-letter} -> the message's status becomes FAILED, ready for reprocessing. */
public final class DeadLetterRoute extends RouteBuilder {

    private final DeadLetterStep step;

    public DeadLetterRoute(DeadLetterStep step) {
        this.step = step;
    }

    @Override
    public void configure() {
        from(QueueUris.consumer(Queues.DEAD_LETTER, 1)).routeId("dead-letter")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(step, "deadLettered(${header." + Queues.TRACKING_ID_HEADER + "}, ${header."
                        + Queues.QUEUE_HEADER + "})");
    }
}
