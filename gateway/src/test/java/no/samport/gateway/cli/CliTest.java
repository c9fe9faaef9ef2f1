package no.samport.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final CliCommand echo = new CliCommand() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "prints its arguments";
        }

        @Override
        public String usage() {
            return "echo WORD...";
        }

        @Override
        public int run(List<String> arguments, PrintStream out, PrintStream err) {
            out.print(String.join(" ", arguments));
            return arguments.isEmpty() ? USAGE : OK;
        }
    };

    private final Cli cli = new Cli(List.of(echo));

    private int run(String... args) {
        return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void startsTheGatewayUnlessTheFirstArgumentIsACommand() {
        assertThat(cli.handles(new String[0])).isFalse();
        assertThat(cli.handles(new String[] {"--samport.data-dir=/var/lib/samport"})).isFalse();
        assertThat(cli.handles(new String[] {"echo", "hei"})).isTrue();
        assertThat(cli.handles(new String[] {"help"})).isTrue();
    }

    @Test
    void passesTheArgumentsAfterTheCommandNameAndItsExitCode() {
        assertThat(run("echo", "hei", "verden")).isEqualTo(CliCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hei verden");
        assertThat(run("echo")).isEqualTo(CliCommand.USAGE);
    }

    @Test
    void helpListsTheCommandsAndShowsTheUsageOfOne() {
        assertThat(run("help")).isEqualTo(CliCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("echo").contains("prints its arguments");
        assertThat(run("help", "echo")).isEqualTo(CliCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("echo WORD...");
    }

    @Test
    void anUnknownHelpTopicIsAUsageError() {
        assertThat(run("help", "fly")).isEqualTo(CliCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'fly'");
    }
}
