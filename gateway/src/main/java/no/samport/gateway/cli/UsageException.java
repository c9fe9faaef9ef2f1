package no.samport.gateway.cli;

/** The command was called wrongly (unknown option, missing or unreadable file): exit code 2 with this message. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
