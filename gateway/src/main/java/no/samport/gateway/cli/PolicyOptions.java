package no.samport.gateway.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samport.gateway.policy.DryRunArguments;

/** The arguments of {@code samport policy ...}, checked; a wrong one is an IllegalArgumentException saying which. */
record PolicyOptions(String action, String file, List<String> layers, Instant at, Map<String, String> pinned,
                     boolean compare, boolean json, boolean markdown) {

    static PolicyOptions parse(List<String> arguments) {
        if (arguments.isEmpty() || !List.of("test", "rules", "check").contains(arguments.get(0))) {
            throw new IllegalArgumentException("Say what to do: test FILE, rules or check.");
        }
        String action = arguments.get(0);
        String file = null;
        List<String> layers = new ArrayList<>();
        Instant at = Instant.now();
        List<String> versions = new ArrayList<>();
        boolean compare = false;
        boolean json = false;
        boolean markdown = false;
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--rules" -> layers.add(value(arguments, ++i, argument));
                case "--at" -> at = DryRunArguments.instant(value(arguments, ++i, argument));
                case "--version" -> versions.add(value(arguments, ++i, argument));
                case "--compare" -> compare = true;
                case "--json" -> json = true;
                case "--markdown" -> markdown = true;
                default -> {
                    if (argument.startsWith("--") || file != null || !"test".equals(action)) {
                        throw new IllegalArgumentException("Unknown argument '" + argument + "'.");
                    }
                    file = argument;
                }
            }
        }
        if ("test".equals(action) && file == null) {
            throw new IllegalArgumentException("policy test needs the message file.");
        }
        return new PolicyOptions(action, file, layers, at, DryRunArguments.pinned(versions), compare, json, markdown);
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size()) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return arguments.get(index);
    }
}
