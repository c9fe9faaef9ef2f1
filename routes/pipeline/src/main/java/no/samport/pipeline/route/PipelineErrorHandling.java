package no.samport.pipeline.route;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling shared by every queue-consuming route: no in-memory retries (the broker redelivers with backoff
 * after the transaction rolls back, so a retry survives a restart) and one short log line per failure, without the
 * exchange's body.
 */
public final class PipelineErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "pipeline-errors";

    @Override
    public void configuration() {
        routeConfiguration(ID).errorHandler(defaultErrorHandler()
                .maximumRedeliveries(0)
                .logStackTrace(false)
                .logExhaustedMessageHistory(false)
                .logExhaustedMessageBody(false)
                .logHandled(false));
    }
}
