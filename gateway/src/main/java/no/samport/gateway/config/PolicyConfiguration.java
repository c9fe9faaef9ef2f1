package no.samport.gateway.config;

import ca.uhn.fhir.context.FhirContext;
import no.samport.directory.Directory;
import no.samport.gateway.policy.MessageFiles;
import no.samport.gateway.policy.PolicyDryRuns;
import no.samport.kith.KithCodec;
import no.samport.policy.TaskSharingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dry runs of the task-sharing rules for the API: messages read as FHIR, or as KITH through the KITH codec. */
@Configuration(proxyBeanMethods = false)
public class PolicyConfiguration {

    @Bean
    public MessageFiles messageFiles(FhirContext fhirContext, KithCodec kithCodec) {
        return new MessageFiles(fhirContext, kithCodec);
    }

    @Bean
    public PolicyDryRuns policyDryRuns(TaskSharingPolicy policy, Directory directory, MessageFiles files) {
        return new PolicyDryRuns(policy, directory, files);
    }
}
