package io.sellercenter.accesstokens.adapter.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an endpoint (or a controller) that access tokens call: the scope a token must have, such as {@code orders:write}
 * ({@code orders:read} is also satisfied by {@code orders:write}). A token without it is answered 403
 * {@code insufficient-scope}, with {@code WWW-Authenticate: Bearer error="insufficient_scope", scope="..."}
 * (RFC 6750 §3.1). Sessions are judged by their roles, as {@code @Secured} says; full-access tokens pass.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {
    /** The scope, {@code <resource>:read} or {@code <resource>:write}. */
    String value();
}
