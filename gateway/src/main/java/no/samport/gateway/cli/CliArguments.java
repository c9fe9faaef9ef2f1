package no.samport.gateway.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments after a command's name: options ({@code --name value} or flags {@code --name}) and exactly one file.
 *
 * @param options the options given, by name without dashes (a flag maps to "true")
 * @param file    the file argument
 */
record CliArguments(Map<String, String> options, Path file) {

    /**
     * Parses the arguments.
     *
     * @param valued the options that take a value
     * @param flags  the options that take none
     * @throws UsageException for an unknown option, an option without its value, or not exactly one file
     */
    static CliArguments parse(List<String> arguments, Set<String> valued, Set<String> flags) throws UsageException {
        Map<String, String> options = new HashMap<>();
        Path file = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("--")) {
                String name = argument.substring(2);
                if (flags.contains(name)) {
                    options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (i + 1 >= arguments.size()) {
                        throw new UsageException("The option " + argument + " needs a value.");
                    }
                    options.put(name, arguments.get(++i));
                } else {
                    throw new UsageException("Unknown option " + argument + ".");
                }
            } else if (file == null) {
                file = Path.of(argument);
            } else {
                throw new UsageException("Give one file; got " + file + " and " + argument + ".");
            }
        }
        if (file == null) {
            throw new UsageException("Give the file to read.");
        }
        return new CliArguments(Map.copyOf(options), file);
    }

    String option(String name) {
        return options.get(name);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
