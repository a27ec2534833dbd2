package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Locale;

/** The one place where each kind of failure gets its problem type, status and wording. */
public final class Problems {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://api.sellercenter.io/problems/";

    private Problems() {
    }

    public static MutableHttpResponse<Problem> validation(List<Problem.FieldError> errors) {
        return respond(HttpStatus.BAD_REQUEST, "validation-failed", "Request validation failed",
                "One or more fields are invalid; see errors.", errors);
    }

    public static MutableHttpResponse<Problem> malformedRequest(String detail) {
        return respond(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail, null);
    }

    public static MutableHttpResponse<Problem> unauthorized(String detail) {
        return respond(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail, null);
    }

    public static MutableHttpResponse<Problem> forbidden(String detail) {
        return respond(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, null);
    }

    public static MutableHttpResponse<Problem> notFound(String detail) {
        return respond(HttpStatus.NOT_FOUND, "not-found", "Not found", detail, null);
    }

    public static MutableHttpResponse<Problem> conflict(String type, String title, String detail) {
        return respond(HttpStatus.CONFLICT, type, title, detail, null);
    }

    public static MutableHttpResponse<Problem> tooManyRequests(String type, String title, String detail) {
        return respond(HttpStatus.TOO_MANY_REQUESTS, type, title, detail, null);
    }

    public static MutableHttpResponse<Problem> internalError() {
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side. Please try again later.", null);
    }

    /** A problem for a status that has no more specific type: the framework's own 404, 405, 406, 413, 415 ... */
    public static MutableHttpResponse<Problem> ofStatus(HttpStatus status, String detail) {
        String slug = status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return respond(status, slug, status.getReason(), detail, null);
    }

    private static Problem body(HttpStatus status, String type, String title, String detail,
                                List<Problem.FieldError> errors) {
        return new Problem(TYPE_BASE + type, title, status.getCode(), detail, errors);
    }

    private static MutableHttpResponse<Problem> respond(HttpStatus status, String type, String title, String detail,
                                                       List<Problem.FieldError> errors) {
        return HttpResponse.<Problem>status(status)
                .body(body(status, type, title, detail, errors))
                .contentType(PROBLEM_JSON);
    }
}
