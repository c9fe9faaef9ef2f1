package no.samport.gateway.broker;

import java.nio.file.Path;
import no.samport.pipeline.Queues;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The embedded broker's configuration: a persistent journal under the data directory, redelivery with backoff on
 * every Samport queue, and one dead-letter queue they all share.
 */
final class EmbeddedBrokerFactory {

    static final String IN_VM_URL = "vm://0";

    private EmbeddedBrokerFactory() {
    }

    static Configuration configuration(Path brokerDir, BrokerProperties properties) throws Exception {
        Configuration config = new ConfigurationImpl()
                .setName("samport")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(brokerDir.resolve("journal").toString())
                .setBindingsDirectory(brokerDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(brokerDir.resolve("large-messages").toString())
                .setPagingDirectory(brokerDir.resolve("paging").toString())
                .addAcceptorConfiguration("in-vm", IN_VM_URL);
        if (properties.getEmbeddedPort() > 0) {
            config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + properties.getEmbeddedPort());
        }
        config.addAddressSetting("samport.#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(Queues.DEAD_LETTER))
                .setExpiryAddress(SimpleString.of(Queues.DEAD_LETTER))
                .setMaxDeliveryAttempts(properties.getMaxDeliveryAttempts())
                .setRedeliveryDelay(properties.getRedeliveryDelay().toMillis())
                .setRedeliveryMultiplier(properties.getRedeliveryMultiplier())
                .setMaxRedeliveryDelay(properties.getMaxRedeliveryDelay().toMillis())
                .setAutoCreateAddresses(true)
                .setAutoCreateQueues(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false)
                .setDefaultAddressRoutingType(RoutingType.ANYCAST)
                .setDefaultQueueRoutingType(RoutingType.ANYCAST));
        // the dead-letter queue itself keeps an entry until the store has recorded the failure
        config.addAddressSetting(Queues.DEAD_LETTER, new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setExpiryAddress(SimpleString.of(Queues.DEAD_LETTER))
                .setRedeliveryDelay(properties.getRedeliveryDelay().toMillis())
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false));
        config.addQueueConfiguration(QueueConfiguration.of(Queues.DEAD_LETTER)
                .setRoutingType(RoutingType.ANYCAST)
                .setDurable(true));
        return config;
    }
}
