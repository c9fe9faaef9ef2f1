package no.samport.gateway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.Optional;
import javax.sql.DataSource;
import no.samport.pipeline.consent.PatientObjections;
import no.samport.pipeline.endpoint.EndpointsProperties;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.PatientsGpWaits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostgreSQL message store: an embedded PostgreSQL under {@code <data-dir>/postgres}, or an external one when
 * {@code samport.store.url} is set. Flyway creates and migrates the schema at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, EndpointsProperties.class})
public class StoreConfiguration {

    @Bean(destroyMethod = "stop")
    @ConditionalOnExpression("'${samport.store.url:}'.isBlank()")
    public EmbeddedDatabase embeddedDatabase(StoreProperties store, EndpointsProperties samport) throws IOException {
        return EmbeddedDatabase.start(samport.getDataDir().resolve("postgres").toAbsolutePath(), store.getEmbeddedPort());
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(StoreProperties store, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariConfig config = new HikariConfig();
        Optional<EmbeddedDatabase> database = Optional.ofNullable(embedded.getIfAvailable());
        if (database.isPresent()) {
            config.setJdbcUrl(database.get().jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(store.getUrl());
            config.setUsername(store.getUsername());
            config.setPassword(store.getPassword());
        }
        config.setMaximumPoolSize(store.getMaxPoolSize());
        config.setPoolName("samport-store");
        return new HikariDataSource(config);
    }

    @Bean
    public DataSourceTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    public MessageStore messageStore(JdbcTemplate jdbc, DataSourceTransactionManager transactionManager) {
        return new JdbcMessageStore(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    public PatientObjections patientObjections(JdbcTemplate jdbc, DataSourceTransactionManager transactionManager) {
        return new JdbcPatientObjections(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    public PatientsGpWaits patientsGpWaits(JdbcTemplate jdbc, DataSourceTransactionManager transactionManager) {
        return new JdbcPatientsGpWaits(jdbc, new TransactionTemplate(transactionManager));
    }
}
