package no.example.samport.fhirfolder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Makes the adapter known to Samport: put this jar on Samport's class path and name "fhir-folder" on an endpoint. */
@AutoConfiguration
public class FhirFolderAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FhirFolderAdapter fhirFolderAdapter() {
        return new FhirFolderAdapter();
    }
}
