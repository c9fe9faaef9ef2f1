package no.samport.gateway.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code java -jar samport.jar <command> ...}: runs without the broker, the database or Spring, and
 * finishes in seconds. Commands are found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/no.samport.gateway.cli.CliCommand}).
 */
public interface CliCommand {

    /** Exit code: success (for {@code validate}: the input is valid). */
    int OK = 0;
    /** Exit code: the command ran and found the input wanting (invalid, rejected). */
    int FINDINGS = 1;
    /** Exit code: the command was called wrongly (unknown option, missing file). */
    int USAGE = 2;

    /** The command's name, the first argument. */
    String name();

    /** One line for the list of commands. */
    String summary();

    /** How to call it, with its options, for {@code help <command>} and usage errors. */
    String usage();

    /** Runs the command with the arguments after its name; returns the exit code. */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
