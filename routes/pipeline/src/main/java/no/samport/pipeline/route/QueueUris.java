package no.samport.pipeline.route;

/** Camel URIs for the pipeline's queues. */
final class QueueUris {

    private QueueUris() {
    }

    /** A transacted consumer: a failure rolls the entry back to its queue for the broker to redeliver. */
    static String consumer(String queue, int concurrentConsumers) {
        return "jms:queue:" + queue + "?transacted=true&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers=" + concurrentConsumers;
    }

    static String producer(String queue) {
        return "jms:queue:" + queue;
    }
}
