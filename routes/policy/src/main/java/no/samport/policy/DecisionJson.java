package no.samport.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Decisions as JSON, for the message store and the API. */
public final class DecisionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private DecisionJson() {
    }

    public static String write(Decision decision) {
        try {
            return MAPPER.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision could not be written as JSON", e);
        }
    }

    public static Decision read(String json) {
        try {
            return MAPPER.readValue(json, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a stored decision: " + e.getOriginalMessage(), e);
        }
    }
}
