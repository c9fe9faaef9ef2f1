package no.samport.adapter.nhn;

import no.samport.adapter.nhn.internal.NhnEdiComponent;
import no.samport.kith.KithCodec;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Contributes the NHN EDI 2.0 adapter ({@code nhn-edi}) and its Camel component; endpoints switch it on with
 * {@code samport.endpoints.<id>.adapter: nhn-edi}.
 */
@AutoConfiguration
@ConditionalOnBean(KithCodec.class)
public class NhnEdiAdapterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public NhnClients nhnClients() {
        return new NhnClients();
    }

    @Bean
    @ConditionalOnMissingBean
    public NhnEdiAdapter nhnEdiAdapter(KithCodec codec, NhnClients clients) {
        return new NhnEdiAdapter(codec, clients);
    }

    /** Registered under its bean name, which Camel uses as the URI scheme. */
    @Bean(NhnEdiComponent.SCHEME)
    public NhnEdiComponent nhnEdiComponent(NhnClients clients) {
        return new NhnEdiComponent(clients);
    }
}
