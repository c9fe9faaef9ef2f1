package no.samport.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisAutoConfiguration;

/** Samport: the integration gateway for municipal e-health messaging. */
@SpringBootApplication(exclude = ArtemisAutoConfiguration.class)
public class SamportApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamportApplication.class, args);
    }
}
