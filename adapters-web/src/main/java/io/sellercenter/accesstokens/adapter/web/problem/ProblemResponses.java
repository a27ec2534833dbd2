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
    @ApiResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface InvalidInput {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "401", description = "Not authenticated",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface NotAuthenticated {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "403", description = "Not allowed",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface NotAllowed {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "404", description = "No such resource",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "409", description = "Conflict",
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins with this e-mail; see Retry-After",
            headers = @Header(name = "Retry-After", description = "When to try again (an HTTP date)",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = ApiDefinition.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public @interface SignInLocked {
    }
}
