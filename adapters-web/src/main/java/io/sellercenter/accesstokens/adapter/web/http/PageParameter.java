package io.sellercenter.accesstokens.adapter.web.http;

import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code page} query parameter of every list, as the contract describes it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(required = false, description = "Which page, from 0")
@Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")
public @interface PageParameter {
}
