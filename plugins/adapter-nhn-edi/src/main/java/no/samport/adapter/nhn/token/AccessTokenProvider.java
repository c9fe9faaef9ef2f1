package no.samport.adapter.nhn.token;

/**
 * Gives the bearer token for calls to the NHN message API. Implementations cache a token until shortly before it
 * expires and are safe to call from several threads. {@link #invalidate()} drops a cached token after the API
 * answered 401, so the next call fetches a fresh one.
 */
public interface AccessTokenProvider {

    /** A valid access token (without the "Bearer " prefix). */
    String token();

    /** Forgets a cached token. */
    default void invalidate() {
    }
}
