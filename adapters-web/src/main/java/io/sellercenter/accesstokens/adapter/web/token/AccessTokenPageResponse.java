package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One page of tokens, newest first. */
@Serdeable
@Schema(name = "AccessTokenPage", description = "One page of tokens, newest first.")
record AccessTokenPageResponse(
        @Schema(requiredMode = REQUIRED) List<AccessTokenResponse> items,
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "1000000") int page,
        @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "100") int size,
        @Schema(requiredMode = REQUIRED, minimum = "0", description = "How many tokens match, on all pages.")
        long totalItems) {
}
