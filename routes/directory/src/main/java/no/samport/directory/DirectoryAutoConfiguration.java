package no.samport.directory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Provides the directory of communication parties from configuration unless the application defines its own. */
@AutoConfiguration
@EnableConfigurationProperties(DirectoryProperties.class)
public class DirectoryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Directory.class)
    public Directory configuredDirectory(DirectoryProperties properties) {
        return new ConfiguredDirectory(properties.toParties());
    }

    @Bean
    @ConditionalOnMissingBean
    public UrgentContacts urgentContacts(Directory directory, DirectoryProperties properties) {
        return new UrgentContacts(directory, properties.getPkoContacts());
    }
}
