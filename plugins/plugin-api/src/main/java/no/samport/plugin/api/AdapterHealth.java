package no.samport.plugin.api;

/** The result of an adapter's health check for one endpoint. */
public record AdapterHealth(boolean up, String detail) {

    public static AdapterHealth up(String detail) {
        return new AdapterHealth(true, detail);
    }

    public static AdapterHealth down(String detail) {
        return new AdapterHealth(false, detail);
    }
}
