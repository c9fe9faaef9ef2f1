package no.samport.gateway;

import no.samport.gateway.cli.Cli;
import no.samport.gateway.cli.CliLogging;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisAutoConfiguration;

/**
 * Samport: the integration gateway for municipal e-health messaging. Without arguments naming a command it starts
 * the gateway; {@code java -jar samport.jar help} lists the commands that run without it.
 */
@SpringBootApplication(exclude = ArtemisAutoConfiguration.class)
public class SamportApplication {

    public static void main(String[] args) {
        Cli cli = Cli.load();
        if (cli.handles(args)) {
            CliLogging.toStderr();
            System.exit(cli.run(args, System.out, System.err));
        }
        SpringApplication.run(SamportApplication.class, args);
    }
}
