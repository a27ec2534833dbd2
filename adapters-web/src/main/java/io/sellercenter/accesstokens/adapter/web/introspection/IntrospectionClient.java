package io.sellercenter.accesstokens.adapter.web.introspection;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

/**
 * An internal service allowed to introspect tokens: {@code access-tokens.introspection.clients.<id>.secret}
 * (so {@code ACCESS_TOKENS_INTROSPECTION_CLIENTS_GATEWAY_SECRET} configures client {@code gateway}).
 */
@EachProperty("access-tokens.introspection.clients")
class IntrospectionClient {
    private final String id;
    private String secret;

    IntrospectionClient(@Parameter String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    @Nullable
    String secret() {
        return secret;
    }

    public void setSecret(@Nullable String secret) {
        this.secret = secret;
    }
}
