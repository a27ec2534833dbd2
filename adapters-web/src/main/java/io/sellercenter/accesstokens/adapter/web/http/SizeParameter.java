package io.sellercenter.accesstokens.adapter.web.http;

import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code size} query parameter of every list, as the contract describes it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(required = false, description = "How many items a page holds")
@Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
        defaultValue = "" + PageRequest.DEFAULT_SIZE)
public @interface SizeParameter {
}
