package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Builds problem responses: each kind from the {@link ProblemType} catalog, with a detail for this occurrence. */
public final class Problems {
    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    public static MutableHttpResponse<Problem> of(ProblemType type, String detail) {
        return respond(type.status(), type.uri(), type.title(), detail, null);
    }

    /** A request whose fields break rules: {@code errors} names each field and what is wrong with it. */
    public static MutableHttpResponse<Problem> validation(List<Problem.FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return respond(type.status(), type.uri(), type.title(), "One or more fields are invalid; see errors.", errors);
    }

    public static MutableHttpResponse<Problem> internalError() {
        return of(ProblemType.INTERNAL_ERROR, "Something went wrong on our side. Please try again later.");
    }

    /**
     * {@code type} for now, with when to try again in {@code Retry-After}: whole seconds, rounded up (RFC 9110 allows
     * seconds or a date; seconds do not depend on the client's clock).
     */
    public static MutableHttpResponse<Problem> tryAgainLater(ProblemType type, String detail, Duration after) {
        long seconds = Math.max(1, (after.toMillis() + 999) / 1000);
        return of(type, detail).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    /** A problem for a status that has no more specific type: the framework's own 405, 406, 413, 415 ... */
    public static MutableHttpResponse<Problem> ofStatus(HttpStatus status, String detail) {
        String slug = status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return respond(status, ProblemType.TYPE_BASE + slug, status.getReason(), detail, null);
    }

    private static MutableHttpResponse<Problem> respond(HttpStatus status, String type, String title, String detail,
                                                       List<Problem.FieldError> errors) {
        return HttpResponse.<Problem>status(status)
                .body(new Problem(type, title, status.getCode(), detail, errors))
                .contentType(PROBLEM_JSON);
    }
}
