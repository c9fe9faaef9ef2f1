package no.samport.directory.gp;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samport.directory.Directory;
import no.samport.directory.DirectoryAutoConfiguration;
import no.samport.directory.gp.distribution.CapacityDistribution;
import no.samport.directory.gp.distribution.DistributionParts;
import no.samport.directory.gp.distribution.FhirJsonEncoder;
import no.samport.directory.gp.distribution.ListDistribution;
import no.samport.directory.gp.distribution.ListDocumentEncoder;
import no.samport.directory.gp.distribution.ListMessages;
import no.samport.directory.gp.distribution.OutboxNotices;
import no.samport.directory.gp.distribution.RecruitmentReviews;
import no.samport.directory.gp.distribution.OutboxWriter;
import no.samport.directory.gp.distribution.Recipients;
import no.samport.directory.gp.imports.GpImports;
import no.samport.directory.gp.jdbc.JdbcDistributionCursors;
import no.samport.directory.gp.jdbc.JdbcGpOutbox;
import no.samport.directory.gp.jdbc.JdbcRecruitmentReviews;
import no.samport.directory.gp.jdbc.JdbcResidents;
import no.samport.directory.gp.reconcile.GpReconciliation;
import no.samport.directory.gp.routing.GpRouting;
import no.samport.directory.gp.routing.ListBasedGpRouting;
import no.samport.directory.gp.service.GpListChanges;
import no.samport.directory.gp.service.GpNotices;
import no.samport.directory.gp.service.GpRepositories;
import no.samport.directory.gp.service.WaitingListActions;
import no.samport.directory.gp.service.WaitingListOffers;
import no.samport.directory.gp.stats.GpStatistics;
import no.samport.directory.gp.views.GpViews;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The GP data (contracts, lists, waiting lists) in the application's PostgreSQL: changes in, documents out, routing to
 * the patient's GP, statistics and reconciliation. Active when the application has a database.
 */
@AutoConfiguration(after = {DirectoryAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(GpListsProperties.class)
public class GpListsAutoConfiguration {

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
    public GpRepositories gpRepositories(JdbcTemplate jdbc) {
        return GpRepositories.on(jdbc);
    }

    @Bean
    public GpData gpData(JdbcTemplate jdbc, PlatformTransactionManager transactions, GpListsProperties properties) {
        return new GpData(new TransactionTemplate(transactions), new MunicipalitySettings(properties),
                new JdbcGpOutbox(jdbc), new JdbcDistributionCursors(jdbc), new JdbcResidents(jdbc));
    }

    @Bean
    public FhirJsonEncoder fhirJsonEncoder(FhirContext fhir) {
        return new FhirJsonEncoder(fhir);
    }

    @Bean
    public Recipients gpRecipients(Directory directory, List<ListDocumentEncoder> encoders) {
        Map<String, ListDocumentEncoder> byFormat = encoders.stream()
                .collect(Collectors.toMap(ListDocumentEncoder::format, Function.identity()));
        return new Recipients(directory, byFormat);
    }

    @Bean
    public ListMessages gpListMessages(GpRepositories repositories) {
        return new ListMessages(repositories);
    }

    @Bean
    public OutboxWriter gpOutboxWriter(GpData data) {
        return new OutboxWriter(data.outbox());
    }

    @Bean
    @ConditionalOnMissingBean
    public GpNotices gpNotices(ListMessages messages, Recipients recipients, OutboxWriter outbox,
                               GpRepositories repositories, GpData data) {
        return new OutboxNotices(messages, recipients, outbox, repositories.findings(), data.municipalities());
    }

    @Bean
    public WaitingListOffers waitingListOffers(GpRepositories repositories, GpData data, GpNotices notices) {
        return new WaitingListOffers(repositories, data.municipalities(), notices);
    }

    @Bean
    public GpListChanges gpListChanges(GpRepositories repositories, GpData data, WaitingListOffers offers, Clock clock) {
        return new GpListChanges(repositories, data.municipalities(), offers, data.tx(), clock);
    }

    @Bean
    public WaitingListActions waitingListActions(GpRepositories repositories, WaitingListOffers offers, GpData data,
                                                 Clock clock) {
        return new WaitingListActions(repositories, offers, data.tx(), clock);
    }

    @Bean
    public GpImports gpImports(GpListChanges changes, GpRepositories repositories, FhirContext fhir) {
        return new GpImports(changes, repositories.contracts(), fhir);
    }

    @Bean
    @ConditionalOnMissingBean
    public GpRouting gpRouting(GpRepositories repositories, Directory directory, GpData data) {
        return new ListBasedGpRouting(repositories.memberships(), repositories.contracts(), directory,
                data.municipalities());
    }

    @Bean
    public DistributionParts distributionParts(GpRepositories repositories, ListMessages messages,
                                               Recipients recipients, OutboxWriter outbox, GpData data, Clock clock) {
        return new DistributionParts(repositories, messages, recipients, outbox, data.tx(), clock);
    }

    @Bean
    public ListDistribution listDistribution(DistributionParts parts, GpListsProperties properties, GpData data) {
        return new ListDistribution(parts, data.cursors(), properties);
    }

    @Bean
    public CapacityDistribution capacityDistribution(DistributionParts parts, GpData data) {
        return new CapacityDistribution(parts, data.cursors(), data.municipalities());
    }

    @Bean
    public RecruitmentReviews recruitmentReviews(DistributionParts parts, JdbcTemplate jdbc, GpData data) {
        return new RecruitmentReviews(parts, new JdbcRecruitmentReviews(jdbc), data.municipalities());
    }

    @Bean
    public GpViews gpViews(GpRepositories repositories, ListMessages messages, Clock clock) {
        return new GpViews(repositories, messages, clock);
    }

    @Bean
    public GpStatistics gpStatistics(GpRepositories repositories, GpData data, Clock clock) {
        return new GpStatistics(repositories.contracts(), repositories.memberships(), repositories.waiting(),
                data.residents(), data.municipalities(), clock);
    }

    @Bean
    public GpReconciliation gpReconciliation(GpRepositories repositories, GpStatistics statistics,
                                             GpListsProperties properties, Clock clock) {
        return new GpReconciliation(repositories.figures(), repositories.findings(), repositories.memberships(),
                statistics, properties, clock);
    }
}
