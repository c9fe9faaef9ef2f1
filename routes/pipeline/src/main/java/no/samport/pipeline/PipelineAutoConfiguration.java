package no.samport.pipeline;

import ca.uhn.fhir.context.FhirContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import no.samport.directory.Directory;
import no.samport.directory.DirectoryAutoConfiguration;
import no.samport.directory.UrgentContacts;
import no.samport.directory.gp.GpListsAutoConfiguration;
import no.samport.directory.gp.GpListsProperties;
import no.samport.directory.gp.service.GpListChanges;
import no.samport.directory.gp.routing.GpRouting;
import no.samport.pipeline.consent.ObjectionCheck;
import no.samport.pipeline.consent.PatientObjections;
import no.samport.pipeline.endpoint.Endpoints;
import no.samport.pipeline.endpoint.EndpointsProperties;
import no.samport.pipeline.route.CamelQueueSender;
import no.samport.pipeline.route.DeadLetterRoute;
import no.samport.pipeline.route.DeadlineRoute;
import no.samport.pipeline.route.DecodeRoute;
import no.samport.pipeline.route.DeliverRoutes;
import no.samport.pipeline.route.IntakeRoutes;
import no.samport.pipeline.route.PipelineErrorHandling;
import no.samport.pipeline.route.PolicyRoute;
import no.samport.pipeline.route.ReceiptRoute;
import no.samport.pipeline.route.ResolveRoute;
import no.samport.pipeline.route.StalledMessageRoute;
import no.samport.pipeline.route.WaitingForGpRoute;
import no.samport.pipeline.step.CanonicalMessages;
import no.samport.pipeline.step.DataQualityFindings;
import no.samport.pipeline.step.DeadLetterStep;
import no.samport.pipeline.step.DeadlineStep;
import no.samport.pipeline.step.DecodeStep;
import no.samport.pipeline.step.DeliverStep;
import no.samport.pipeline.step.HeldDeliveries;
import no.samport.pipeline.step.OpeningHoursHold;
import no.samport.pipeline.step.Urgency;
import no.samport.pipeline.step.IntakeStep;
import no.samport.pipeline.step.PolicyMetrics;
import no.samport.pipeline.step.PatientsGpAddressing;
import no.samport.pipeline.step.PatientsGpResolver;
import no.samport.pipeline.step.PolicyStep;
import no.samport.pipeline.step.ReceiptIssuer;
import no.samport.pipeline.step.ReceiptStep;
import no.samport.pipeline.step.RejectionNotices;
import no.samport.pipeline.step.Reprocessor;
import no.samport.pipeline.step.ReceiverCapability;
import no.samport.pipeline.step.ResolveStep;
import no.samport.pipeline.step.UnlistedHold;
import no.samport.pipeline.step.WaitForList;
import no.samport.pipeline.step.WaitingForGp;
import no.samport.pipeline.step.StalledMessageSweeper;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.PatientsGpWaits;
import no.samport.plugin.api.Adapter;
import no.samport.policy.TaskSharingPolicy;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The pipeline: its steps (plain classes) and one route class per stage, with the task-sharing policy and its deadline
 * route. Active when the application provides a {@link MessageStore}.
 */
@AutoConfiguration(after = {DirectoryAutoConfiguration.class, GpListsAutoConfiguration.class})
@ConditionalOnBean(MessageStore.class)
@EnableConfigurationProperties({PipelineProperties.class, EndpointsProperties.class, PolicyProperties.class})
public class PipelineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    public FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    public FhirJson fhirJson(FhirContext fhirContext) {
        return new FhirJson(fhirContext);
    }

    @Bean
    public Endpoints endpoints(EndpointsProperties properties, List<Adapter> adapters, Directory directory) {
        return new Endpoints(properties, adapters, directory);
    }

    @Bean
    public EndpointMetrics endpointMetrics(ObjectProvider<MeterRegistry> registry) {
        return new EndpointMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    public QueueSender queueSender(ProducerTemplate template) {
        return new CamelQueueSender(template);
    }

    @Bean
    public CanonicalMessages canonicalMessages(MessageStore store, FhirJson json) {
        return new CanonicalMessages(store, json);
    }

    @Bean
    public ReceiptIssuer receiptIssuer(MessageStore store, QueueSender queues, FhirJson json, Clock clock) {
        return new ReceiptIssuer(store, queues, json, clock);
    }

    @Bean
    public IntakeStep intakeStep(MessageStore store, QueueSender queues, Clock clock) {
        return new IntakeStep(store, queues, clock);
    }

    @Bean
    public DecodeStep decodeStep(MessageStore store, Endpoints endpoints, QueueSender queues, ReceiptIssuer receipts,
                                 FhirJson json) {
        return new DecodeStep(store, endpoints, queues, receipts, json);
    }

    @Bean
    public ResolveStep resolveStep(MessageStore store, Directory directory, CanonicalMessages canonical,
                                   QueueSender queues, ReceiptIssuer receipts, ObjectProvider<GpRouting> gpRouting,
                                   ObjectProvider<GpListsProperties> gpLists, FhirJson json, Clock clock,
                                   UrgentContacts urgentContacts, ObjectProvider<MeterRegistry> registry,
                                   ObjectProvider<PatientObjections> objections,
                                   ObjectProvider<PatientsGpWaits> waits) {
        PatientsGpResolver patientsGp = gpRouting.getIfAvailable() == null ? null : new PatientsGpResolver(
                new PatientsGpAddressing(gpLists.getObject().getPatientsGpHerIds(),
                        gpLists.getObject().isRouteFastlegeRole()), gpRouting.getObject(), directory, clock);
        return new ResolveStep(store, directory, canonical, queues, receipts, patientsGp, json,
                new ReceiverCapability(urgentContacts),
                new DataQualityFindings(store, registry.getIfAvailable(SimpleMeterRegistry::new)),
                objections.getIfAvailable() == null ? null : new ObjectionCheck(objections.getObject(), clock),
                patientsGp == null || waits.getIfAvailable() == null ? null : new WaitForList(new UnlistedHold(
                        gpLists.getObject().getHoldUnlistedFor(), gpLists.getObject().getHoldMessageTypes()),
                        waits.getObject(), clock));
    }

    /** Messages waiting for their patient's GP list (GL-12): moved on by a join, a listing found, or the wait's end. */
    @Bean
    @ConditionalOnBean({PatientsGpWaits.class, GpRouting.class})
    public WaitingForGp waitingForGp(PatientsGpWaits waits, GpRouting routing, QueueSender queues, Clock clock,
                                     ObjectProvider<GpListChanges> changes) {
        WaitingForGp waiting = new WaitingForGp(waits, routing, queues, clock);
        changes.ifAvailable(c -> c.onJoins(waiting));
        return waiting;
    }

    @Bean
    @ConditionalOnBean(WaitingForGp.class)
    public WaitingForGpRoute waitingForGpRoute(WaitingForGp waiting, GpListsProperties gpLists) {
        return new WaitingForGpRoute(waiting, gpLists.getHoldCheckInterval());
    }

    /** The task-sharing rules: the national default and {@code samport.policy.layers}; a bad rule file stops start-up. */
    @Bean
    @ConditionalOnMissingBean
    public TaskSharingPolicy taskSharingPolicy(FhirContext fhirContext, PolicyProperties properties) {
        return TaskSharingPolicy.load(fhirContext, properties.getLayers());
    }

    @Bean
    public PolicyMetrics policyMetrics(ObjectProvider<MeterRegistry> registry, MessageStore store) {
        return new PolicyMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), store);
    }

    @Bean
    public PolicyStep policyStep(MessageStore store, CanonicalMessages canonical, QueueSender queues,
                                 ReceiptIssuer receipts, TaskSharingPolicy policy, Directory directory, FhirJson json,
                                 PolicyMetrics metrics, Clock clock) {
        return new PolicyStep(store, canonical, queues, receipts, policy, directory, json, metrics, clock);
    }

    @Bean
    public DeadlineStep deadlineStep(MessageStore store, PolicyMetrics metrics, Clock clock) {
        return new DeadlineStep(store, metrics, clock);
    }

    @Bean
    public DeliverStep deliverStep(MessageStore store, Endpoints endpoints, Directory directory,
                                   CanonicalMessages canonical, ReceiptIssuer receipts, EndpointMetrics metrics,
                                   PipelineProperties properties, QueueSender queues, Clock clock) {
        OpeningHoursHold hold = new OpeningHoursHold(new Urgency(properties.getUrgentPriorityCodes()),
                properties.getHoldRecheckInterval());
        return new DeliverStep(store, endpoints, directory, canonical, receipts, new RejectionNotices(), metrics,
                new HeldDeliveries(store, queues, hold), clock);
    }

    @Bean
    public ReceiptStep receiptStep(MessageStore store, CanonicalMessages canonical, QueueSender queues) {
        return new ReceiptStep(store, canonical, queues);
    }

    @Bean
    public DeadLetterStep deadLetterStep(MessageStore store, ObjectProvider<MeterRegistry> registry) {
        return new DeadLetterStep(store, registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    public Reprocessor reprocessor(MessageStore store, QueueSender queues) {
        return new Reprocessor(store, queues);
    }

    @Bean
    public StalledMessageSweeper stalledMessageSweeper(MessageStore store, QueueSender queues,
                                                       PipelineProperties properties, Clock clock) {
        return new StalledMessageSweeper(store, queues, properties.getStalledAfter(), clock);
    }

    @Bean
    public StalledMessageRoute stalledMessageRoute(StalledMessageSweeper sweeper, PipelineProperties properties) {
        return new StalledMessageRoute(sweeper, properties);
    }

    @Bean
    public PipelineErrorHandling pipelineErrorHandling() {
        return new PipelineErrorHandling();
    }

    @Bean
    public IntakeRoutes intakeRoutes(Endpoints endpoints, IntakeStep step, PipelineProperties properties,
                                     EndpointMetrics metrics) {
        return new IntakeRoutes(endpoints, step, properties, metrics);
    }

    @Bean
    public DecodeRoute decodeRoute(DecodeStep step, PipelineProperties properties) {
        return new DecodeRoute(step, properties);
    }

    @Bean
    public ResolveRoute resolveRoute(ResolveStep step, PipelineProperties properties) {
        return new ResolveRoute(step, properties);
    }

    @Bean
    public PolicyRoute policyRoute(PolicyStep step, PipelineProperties properties) {
        return new PolicyRoute(step, properties);
    }

    @Bean
    public DeliverRoutes deliverRoutes(Endpoints endpoints, DeliverStep step, PipelineProperties properties,
                                       EndpointMetrics metrics) {
        return new DeliverRoutes(endpoints, step, properties, metrics);
    }

    @Bean
    public ReceiptRoute receiptRoute(ReceiptStep step, PipelineProperties properties) {
        return new ReceiptRoute(step, properties);
    }

    @Bean
    public DeadlineRoute deadlineRoute(DeadlineStep step, PolicyProperties properties) {
        return new DeadlineRoute(step, properties);
    }

    @Bean
    public DeadLetterRoute deadLetterRoute(DeadLetterStep step, PolicyProperties properties) {
        return new DeadLetterRoute(step, properties);
    }
}
