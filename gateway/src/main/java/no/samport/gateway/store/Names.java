package no.samport.gateway.store;

/** Column-size guards. */
final class Names {

    private Names() {
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
