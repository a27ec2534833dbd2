package io.sellercenter.accesstokens.adapter.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An error as RFC 9457 problem details. {@code type} is a stable URI per kind of problem; {@code errors} lists the
 * offending fields of a request that failed validation.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details. `type` is stable for each kind of "
        + "problem (docs/api.md lists them); the texts are for people.")
public record Problem(
        @Schema(requiredMode = REQUIRED, format = "uri",
                example = "https://api.sellercenter.io/problems/validation-failed") String type,
        @Schema(requiredMode = REQUIRED, example = "Request validation failed") String title,
        @Schema(requiredMode = REQUIRED, minimum = "400", maximum = "599", example = "400") int status,
        @Schema(requiredMode = REQUIRED, example = "One or more fields are invalid; see errors.") String detail,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                description = "The fields that are invalid; only on validation-failed")
        List<FieldError> errors) {

    /** One field of the request and what is wrong with it. */
    @Serdeable
    @Schema(name = "FieldError", description = "One field of the request and what is wrong with it.")
    public record FieldError(
            @Schema(requiredMode = REQUIRED, example = "validUntil") String field,
            @Schema(requiredMode = REQUIRED, example = "must be in the future") String message) {
    }
}
