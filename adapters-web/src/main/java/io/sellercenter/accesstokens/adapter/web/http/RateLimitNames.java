package io.sellercenter.accesstokens.adapter.web.http;

/** The names of the {@link RateLimit} beans, to inject one with {@code @Named}. */
public final class RateLimitNames {
    public static final String SIGN_IN = "sign-in";
    public static final String REFUSED_TOKENS = "refused-tokens";
    public static final String TOKEN_GENERATION = "token-generation";

    private RateLimitNames() {
    }
}
