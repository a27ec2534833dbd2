package io.sellercenter.accesstokens.adapter.web.token;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code {id}} of a token in a path, as the contract describes it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "The token's id",
        schema = @Schema(type = "string", format = "uuid"))
@interface IdParameter {
}
