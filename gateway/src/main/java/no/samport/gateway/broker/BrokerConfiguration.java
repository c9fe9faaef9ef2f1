package no.samport.gateway.broker;

import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import no.samport.pipeline.endpoint.EndpointsProperties;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.messaginghub.pooled.jms.JmsPoolConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.JmsTransactionManager;

/**
 * The broker Samport's queues live on: an embedded Artemis broker with a persistent journal under
 * {@code <data-dir>/broker}, or an external one when {@code samport.broker.url} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrokerProperties.class)
public class BrokerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BrokerConfiguration.class);

    /** The embedded broker, or a handle that does nothing when an external broker is configured. */
    @Bean(destroyMethod = "stop")
    public EmbeddedBroker embeddedBroker(BrokerProperties properties, EndpointsProperties samport) throws Exception {
        if (!properties.isEmbedded()) {
            log.info("Using the external broker at {}", properties.getUrl());
            return EmbeddedBroker.none();
        }
        Path brokerDir = samport.getDataDir().resolve("broker").toAbsolutePath();
        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        server.setConfiguration(EmbeddedBrokerFactory.configuration(brokerDir, properties));
        server.start();
        log.info("Embedded Artemis broker started; journal in {}", brokerDir);
        return EmbeddedBroker.of(server);
    }

    @Bean(destroyMethod = "stop")
    public JmsPoolConnectionFactory jmsConnectionFactory(EmbeddedBroker broker, BrokerProperties properties) {
        ActiveMQConnectionFactory artemis = properties.isEmbedded()
                ? new ActiveMQConnectionFactory(EmbeddedBrokerFactory.IN_VM_URL)
                : new ActiveMQConnectionFactory(properties.getUrl(), properties.getUser(), properties.getPassword());
        JmsPoolConnectionFactory pool = new JmsPoolConnectionFactory();
        pool.setConnectionFactory(artemis);
        pool.setMaxConnections(properties.getMaxConnections());
        return pool;
    }

    /** Camel's JMS component: local JMS transactions, so a step's sends commit with the entry it consumed. */
    @Bean("jms")
    public JmsComponent jmsComponent(ConnectionFactory connectionFactory) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.setTransactionManager(new JmsTransactionManager(connectionFactory));
        // a failed entry is recorded in the message's history; the broker's retry needs no stack trace in the log
        jms.getConfiguration().setErrorHandlerLogStackTrace(false);
        return jms;
    }
}
