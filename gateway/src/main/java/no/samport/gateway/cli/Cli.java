package no.samport.gateway.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The command line of the Samport jar: {@code java -jar samport.jar <command> [arguments]}. */
public final class Cli {

    private final Map<String, CliCommand> commands = new TreeMap<>();

    public Cli(Iterable<CliCommand> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    /** The commands on the class path. */
    public static Cli load() {
        return new Cli(ServiceLoader.load(CliCommand.class));
    }

    /** Whether the arguments ask for a command rather than the gateway. */
    public boolean handles(String[] args) {
        return args.length > 0 && (commands.containsKey(args[0]) || isHelp(args[0]));
    }

    /** Runs the command the arguments name; returns the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            return help(args.length > 1 ? Optional.of(args[1]) : Optional.empty(), out, err);
        }
        CliCommand command = commands.get(args[0]);
        if (command == null) {
            err.println("Unknown command '" + args[0] + "'.");
            printCommands(err);
            return CliCommand.USAGE;
        }
        List<String> arguments = Arrays.asList(args).subList(1, args.length);
        try {
            return command.run(arguments, out, err);
        } catch (RuntimeException e) {
            err.println("samport " + command.name() + " failed: " + e.getMessage());
            return CliCommand.USAGE;
        }
    }

    private int help(Optional<String> topic, PrintStream out, PrintStream err) {
        if (topic.isPresent()) {
            CliCommand command = commands.get(topic.get());
            if (command == null) {
                err.println("Unknown command '" + topic.get() + "'.");
                return CliCommand.USAGE;
            }
            out.println(command.usage());
            return CliCommand.OK;
        }
        out.println("Usage: java -jar samport.jar [command] [arguments]");
        out.println("Without a command the gateway starts. Commands (none starts a broker or a database):");
        printCommands(out);
        return CliCommand.OK;
    }

    private void printCommands(PrintStream out) {
        commands.values().forEach(c -> out.printf("  %-10s %s%n", c.name(), c.summary()));
        out.println("  help [command]  how to use a command");
    }

    private static boolean isHelp(String argument) {
        return "help".equals(argument) || "--help".equals(argument) || "-h".equals(argument);
    }
}
