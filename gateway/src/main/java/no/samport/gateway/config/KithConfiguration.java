package no.samport.gateway.config;

import java.nio.file.Files;
import no.samport.kith.KithCodec;
import no.samport.kith.KithCodecOptions;
import no.samport.kith.KithSchemaValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The KITH codec every KITH-speaking adapter uses, set up from {@code samport.kith.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KithProperties.class)
public class KithConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KithConfiguration.class);

    @Bean
    public KithCodec kithCodec(KithProperties properties) {
        KithCodecOptions options = KithCodecOptions.defaults()
                .withMaxMessageBytes(properties.getMaxMessageSize().toBytes())
                .withMaxElementDepth(properties.getMaxElementDepth())
                .withStrict(properties.isStrict());
        if (properties.getSchemaDir() != null && !properties.getSchemaDir().toString().isBlank()) {
            if (!Files.isDirectory(properties.getSchemaDir())) {
                throw new IllegalStateException("samport.kith.schema-dir is " + properties.getSchemaDir()
                        + ", which is not a folder; point it at a folder with the official KITH XSDs or leave it empty");
            }
            KithSchemaValidator validator = KithSchemaValidator.fromDirectory(properties.getSchemaDir());
            log.info("Validating KITH messages against {} schemas in {}", validator.namespaces().size(),
                    properties.getSchemaDir());
            options = options.withSchemaValidator(validator);
        }
        return new KithCodec(options);
    }
}
