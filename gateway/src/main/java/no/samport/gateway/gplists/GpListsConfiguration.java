package no.samport.gateway.gplists;

import java.time.Clock;
import no.samport.directory.gp.GpData;
import no.samport.directory.gp.GpListsProperties;
import no.samport.directory.gp.distribution.CapacityDistribution;
import no.samport.directory.gp.distribution.ListDistribution;
import no.samport.directory.gp.distribution.RecruitmentReviews;
import no.samport.directory.gp.service.WaitingListActions;
import no.samport.pipeline.endpoint.Endpoints;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The GP lists' gateway side: HIS 1023 documents, the outbox delivery and the timers. */
@Configuration(proxyBeanMethods = false)
public class GpListsConfiguration {

    @Bean
    public PasientlisteEncoder pasientlisteEncoder() {
        return new PasientlisteEncoder();
    }

    @Bean
    public OutboxDelivery gpOutboxDelivery(GpData data, Endpoints endpoints, ProducerTemplate producer,
                                           GpListsProperties properties, Clock clock) {
        return new OutboxDelivery(data.outbox(), endpoints, producer, properties, clock);
    }

    @Bean
    public DistributionRunner gpDistributionRunner(WaitingListActions waitingList, ListDistribution lists,
                                                   CapacityDistribution capacity, RecruitmentReviews reviews) {
        return new DistributionRunner(waitingList, lists, capacity, reviews);
    }

    @Bean
    public GpListRoutes gpListRoutes(DistributionRunner distribution, OutboxDelivery outbox,
                                     GpListsProperties properties) {
        return new GpListRoutes(distribution, outbox, properties);
    }
}
