package no.samport.kith;

/**
 * Settings of a {@link KithCodec}.
 *
 * @param maxMessageBytes the largest message accepted, checked before parsing (default 20 MiB); larger ones are T99
 * @param maxElementDepth the deepest element nesting accepted (default 100); deeper ones are T99
 * @param strict          whether deviations the codec can read around (padded codes, missing DN, odd MIGversion,
 *                        a TypeId from the other code list, swapped V/S in AppRec errors …) reject the message (T02)
 *                        instead of being recorded as warnings (default false)
 * @param schemaValidator validates every message against the official XSDs before it is read (T02 when invalid), or
 *                        null to rely on the codec's own structural checks (default)
 */
public record KithCodecOptions(long maxMessageBytes, int maxElementDepth, boolean strict,
                               KithSchemaValidator schemaValidator) {

    /** 20 MiB: above the KS client's 18 MB attachment cap. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_ELEMENT_DEPTH = 100;

    public KithCodecOptions {
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("maxMessageBytes must be positive, got " + maxMessageBytes);
        }
        if (maxElementDepth <= 0) {
            throw new IllegalArgumentException("maxElementDepth must be positive, got " + maxElementDepth);
        }
    }

    /** 20 MiB, depth 100, lenient, no schema validation. */
    public static KithCodecOptions defaults() {
        return new KithCodecOptions(DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_ELEMENT_DEPTH, false, null);
    }

    public KithCodecOptions withMaxMessageBytes(long bytes) {
        return new KithCodecOptions(bytes, maxElementDepth, strict, schemaValidator);
    }

    public KithCodecOptions withMaxElementDepth(int depth) {
        return new KithCodecOptions(maxMessageBytes, depth, strict, schemaValidator);
    }

    public KithCodecOptions withStrict(boolean strictMode) {
        return new KithCodecOptions(maxMessageBytes, maxElementDepth, strictMode, schemaValidator);
    }

    public KithCodecOptions withSchemaValidator(KithSchemaValidator validator) {
        return new KithCodecOptions(maxMessageBytes, maxElementDepth, strict, validator);
    }
}
