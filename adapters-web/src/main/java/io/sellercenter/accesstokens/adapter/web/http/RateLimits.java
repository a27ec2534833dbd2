package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The rate limits, where abuse is cheap for the caller and costly for us, each configured under
 * {@code access-tokens.rate-limits} (per node, per minute; 0 turns one off).
 */
@Factory
class RateLimits {
    private final long maximumKeys;

    RateLimits(@Value("${access-tokens.rate-limits.maximum-keys:50000}") long maximumKeys) {
        this.maximumKeys = maximumKeys;
    }

    /** Sign-in attempts per client address: each costs a password hash. */
    @Singleton
    @Named(RateLimitNames.SIGN_IN)
    RateLimit signIn(@Value("${access-tokens.rate-limits.sign-ins-per-minute:30}") long perMinute) {
        return limit(RateLimitNames.SIGN_IN, perMinute);
    }

    /** Refused access tokens per client address: past it, tokens not known to this node are not looked up. */
    @Singleton
    @Named(RateLimitNames.REFUSED_TOKENS)
    RateLimit refusedTokens(@Value("${access-tokens.rate-limits.refused-tokens-per-minute:60}") long perMinute) {
        return limit(RateLimitNames.REFUSED_TOKENS, perMinute);
    }

    /** Access tokens generated per seller. */
    @Singleton
    @Named(RateLimitNames.TOKEN_GENERATION)
    RateLimit tokenGeneration(@Value("${access-tokens.rate-limits.generated-tokens-per-minute:30}") long perMinute) {
        return limit(RateLimitNames.TOKEN_GENERATION, perMinute);
    }

    private RateLimit limit(String name, long perMinute) {
        return new RateLimit(name, perMinute, maximumKeys);
    }
}
