package no.samport.gateway.api.gplists;

import ca.uhn.fhir.parser.DataFormatException;
import no.samport.directory.gp.fhir.InvalidGpDataException;
import no.samport.kith.pasientliste.InvalidPasientlisteException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Unreadable GP-list input answers 400 with what is wrong and where (never the personal data found there). */
@RestControllerAdvice(basePackageClasses = GpApiErrors.class)
public class GpApiErrors {

    @ExceptionHandler(InvalidGpDataException.class)
    public ProblemDetail invalid(InvalidGpDataException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(InvalidPasientlisteException.class)
    public ProblemDetail invalidList(InvalidPasientlisteException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(DataFormatException.class)
    public ProblemDetail notFhir(DataFormatException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not a FHIR resource in JSON: " + firstLine(e.getMessage()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("");
        // HAPI quotes the offending text; keep the position, not the content
        return line.replaceAll("\"[^\"]*\"", "\"…\"");
    }
}
