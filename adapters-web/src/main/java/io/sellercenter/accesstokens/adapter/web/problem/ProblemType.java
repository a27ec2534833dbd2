package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.http.HttpStatus;

/**
 * Every kind of problem the API answers with, named once: its status, its stable {@code type} (after
 * {@link #TYPE_BASE}) and its title. docs/api.md documents each, and a test fails when one is not. The framework's own
 * refusals without a more specific kind (405, 406, 413, 415, ...) are named after their status by
 * {@link Problems#ofStatus}.
 */
public enum ProblemType {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "validation-failed", "Request validation failed"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
    INSUFFICIENT_SCOPE(HttpStatus.FORBIDDEN, "insufficient-scope", "Insufficient scope"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    TOKEN_REVOKED(HttpStatus.CONFLICT, "token-revoked", "Token revoked"),
    EMAIL_TAKEN(HttpStatus.CONFLICT, "email-taken", "E-mail taken"),
    SIGN_IN_LOCKED(HttpStatus.TOO_MANY_REQUESTS, "sign-in-locked", "Too many failed sign-ins"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable");

    public static final String TYPE_BASE = "https://api.sellercenter.io/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The last part of {@link #uri()}, as docs/api.md lists it. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return TYPE_BASE + slug;
    }
}
