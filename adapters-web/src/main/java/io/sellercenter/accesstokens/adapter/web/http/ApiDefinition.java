package io.sellercenter.accesstokens.adapter.web.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.security.SecuritySchemes;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The published contract's header. The document is generated at build time from the controllers into
 * {@link #DOCUMENT}, served at {@code /openapi.yml}, and must equal the reviewed copy in {@code api/openapi.yml} (a
 * test says so). {@link #VERSION} follows semantic versioning: a new minor number for each additive change, a new major
 * number for a breaking one.
 */
@OpenAPIDefinition(
        info = @Info(title = "access-tokens", version = ApiDefinition.VERSION,
                description = "Seller Center access tokens: generate, list, revoke and renew API access tokens, and "
                        + "authenticate API calls with them. Every error is RFC 9457 problem details "
                        + "(application/problem+json). Every response carries `X-Request-Id` (yours, when you send "
                        + "a plain one of up to 64 characters). Request bodies are strict: unknown fields are "
                        + "refused. Enumerations in responses may gain values in a minor version: tolerate ones you "
                        + "do not know."),
        servers = @Server(url = "http://localhost:8080", description = "The service as the README runs it"),
        tags = {
                @Tag(name = "Access tokens", description = "A seller admin's tokens (session only)"),
                @Tag(name = "Caller", description = "Who is calling"),
                @Tag(name = "Sign-in", description = "Sessions for users"),
                @Tag(name = "Audit", description = "A seller's audit trail"),
                @Tag(name = "Introspection", description = "RFC 7662, for gateways"),
                @Tag(name = "Platform", description = "The platform operator's API")
        })
@SecuritySchemes({
        @SecurityScheme(name = "session", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "A session from POST /api/v1/auth/login (the browser sends it as a cookie)."),
        @SecurityScheme(name = "accessToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "An access token (sct_...), as 'Bearer <token>', 'Token <token>' or the bare token."),
        @SecurityScheme(name = "introspectionClient", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "An introspection client's id and secret.")
})
public final class ApiDefinition {
    public static final String VERSION = "1.3.0";
    /** Where micronaut-openapi writes the document, on the classpath. */
    public static final String DOCUMENT = "META-INF/swagger/access-tokens-" + VERSION + ".yml";
    public static final String PROBLEM = "application/problem+json";

    private ApiDefinition() {
    }
}
