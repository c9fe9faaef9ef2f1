package no.samport.adapter.file;

import no.samport.kith.KithCodec;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Contributes the message-folder adapter ("file"), reading and writing KITH XML with the application's codec. */
@AutoConfiguration
@ConditionalOnBean(KithCodec.class)
public class FileAdapterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FileAdapter fileAdapter(KithCodec codec) {
        return new FileAdapter(codec);
    }
}
