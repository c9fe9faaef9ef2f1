package no.samport.adapter.fhir;

import ca.uhn.fhir.context.FhirContext;
import no.samport.adapter.fhir.internal.FhirRestComponent;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Contributes the FHIR REST adapter ({@code fhir-rest}), its Camel component and Samport's
 * {@code /fhir/<endpoint-id>/$process-message} entry; endpoints switch it on with
 * {@code samport.endpoints.<id>.adapter: fhir-rest}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FhirRestAdapterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FhirInbox fhirInbox() {
        return new FhirInbox();
    }

    @Bean
    @ConditionalOnMissingBean
    public FhirMessageCodec fhirMessageCodec() {
        return new FhirMessageCodec(FhirContext.forR4Cached());
    }

    /** Registered under its bean name, which Camel uses as the URI scheme. */
    @Bean(FhirRestComponent.SCHEME)
    public FhirRestComponent fhirRestComponent(FhirInbox inbox) {
        return new FhirRestComponent(inbox);
    }

    @Bean
    @ConditionalOnMissingBean
    public FhirRestAdapter fhirRestAdapter(FhirMessageCodec codec, FhirRestComponent component) {
        return new FhirRestAdapter(codec, component);
    }

    @Bean
    public ProcessMessageController fhirProcessMessageController(FhirInbox inbox, FhirMessageCodec codec) {
        return new ProcessMessageController(inbox, codec, FhirContext.forR4Cached());
    }
}
