package no.samport.plugin.api.fhir;

import java.util.Arrays;
import java.util.Optional;
import org.hl7.fhir.r4.model.MessageHeader.ResponseType;

/** 8258 "Status for mottak av melding" and its nearest FHIR {@code MessageHeader.response.code}. */
public enum AppRecStatus {
    OK("1", "OK", ResponseType.OK),
    REJECTED("2", "Avvist", ResponseType.FATALERROR),
    OK_ERROR_IN_PART("3", "OK, feil i delmelding", ResponseType.OK);

    private final String code;
    private final String display;
    private final ResponseType responseType;

    AppRecStatus(String code, String display, ResponseType responseType) {
        this.code = code;
        this.display = display;
        this.responseType = responseType;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public ResponseType responseType() {
        return responseType;
    }

    public static Optional<AppRecStatus> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
