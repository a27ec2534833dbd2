package io.sellercenter.accesstokens.adapter.web.problem;

import io.sellercenter.accesstokens.adapter.web.http.ApiDefinition;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem responses that operations share, each declared once for the OpenAPI document: put one on an operation,
 * or on a controller when every operation of it can answer so, instead of spelling out its {@link ApiResponse}.
 * micronaut-openapi reads them as stereotypes, and {@code PublishedContractTest} holds the result to the contract.
 */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "400", description = "Invalid input: `errors` names each field and what is wrong",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface InvalidInput {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "401", description = "Not authenticated: no credentials, or ones that are malformed, "
            + "unknown, expired or revoked",
            headers = @Header(name = "WWW-Authenticate", required = true,
                    description = "The challenge (RFC 6750); `error=\"invalid_token\"` when credentials were sent "
                            + "but not accepted", schema = @Schema(type = "string")),
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface NotAuthenticated {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "403", description = "Not allowed: the caller's role (or an access token) may not",
            headers = @Header(name = "Access-Token-Expires-At",
                    description = "When the access token ends, when the call was made with one",
                    schema = @Schema(type = "string", format = "date-time")),
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface NotAllowed {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "404", description = "No such resource for this caller",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "409", description = "Conflict with the resource's state",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "429", description = "Too many requests: a rate limit (`rate-limited`; Retry-After in "
            + "seconds) or, on sign-in, too many failed sign-ins with this e-mail (`sign-in-locked`; Retry-After an "
            + "HTTP date)",
            headers = @Header(name = "Retry-After", required = true,
                    description = "When to try again: seconds to wait, or an HTTP date", schema = @Schema(type = "string")),
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface TooManyRequests {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "500", description = "Our fault; nothing about it is told",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface InternalError {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "503", description = "Something the service needs (its database) is away, or it is "
            + "at capacity (password checks); nothing was done. Try again after Retry-After",
            headers = @Header(name = "Retry-After", required = true, description = "Seconds to wait before trying again",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Unavailable {
    }
}
