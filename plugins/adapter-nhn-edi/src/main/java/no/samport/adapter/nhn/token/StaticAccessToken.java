package no.samport.adapter.nhn.token;

/** A fixed token from configuration: for test environments and the simulator, never for production. */
public final class StaticAccessToken implements AccessTokenProvider {

    private final String token;

    public StaticAccessToken(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }
}
