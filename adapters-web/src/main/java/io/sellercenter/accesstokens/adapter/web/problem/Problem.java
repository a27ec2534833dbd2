package io.sellercenter.accesstokens.adapter.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * An error as RFC 9457 problem details. {@code type} is a stable URI per kind of problem; {@code errors} lists the
 * offending fields of a request that failed validation.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://api.sellercenter.io/problems/validation-failed") String type,
        @Schema(example = "Request validation failed") String title,
        int status,
        @Schema(example = "One or more fields are invalid; see errors.") String detail,
        @Nullable List<FieldError> errors) {

    /** One field of the request and what is wrong with it. */
    @Serdeable
    public record FieldError(String field, String message) {
    }
}
