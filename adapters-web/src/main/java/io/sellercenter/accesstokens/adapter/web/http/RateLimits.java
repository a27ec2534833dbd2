package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;

/**
 * The rate limits, where abuse is cheap for the caller and costly for us, each configured under
 * {@code access-tokens.rate-limits} (per node, per minute; 0 turns one off). Made at start, so that a value out of
 * range stops the service there.
 */
@Factory
class RateLimits {
    /** How many keys each limit remembers. */
    private static final String MAXIMUM_KEYS = "${access-tokens.rate-limits.maximum-keys:50000}";

    /** Sign-in attempts per client address: each costs a password hash. */
    @Context
    @Named(RateLimitNames.SIGN_IN)
    RateLimit signIn(@Value("${access-tokens.rate-limits.sign-ins-per-minute:30}") long perMinute,
                     @Value(MAXIMUM_KEYS) long maximumKeys) {
        return limit(RateLimitNames.SIGN_IN, "sign-ins-per-minute", perMinute, maximumKeys);
    }

    /** Refused access tokens per client address: past it, tokens not known to this node are not looked up. */
    @Context
    @Named(RateLimitNames.REFUSED_TOKENS)
    RateLimit refusedTokens(@Value("${access-tokens.rate-limits.refused-tokens-per-minute:60}") long perMinute,
                            @Value(MAXIMUM_KEYS) long maximumKeys) {
        return limit(RateLimitNames.REFUSED_TOKENS, "refused-tokens-per-minute", perMinute, maximumKeys);
    }

    /** Access tokens generated per seller. */
    @Context
    @Named(RateLimitNames.TOKEN_GENERATION)
    RateLimit tokenGeneration(@Value("${access-tokens.rate-limits.generated-tokens-per-minute:30}") long perMinute,
                              @Value(MAXIMUM_KEYS) long maximumKeys) {
        return limit(RateLimitNames.TOKEN_GENERATION, "generated-tokens-per-minute", perMinute, maximumKeys);
    }

    private static RateLimit limit(String name, String setting, long perMinute, long maximumKeys) {
        if (maximumKeys < 1) {
            throw new IllegalArgumentException(
                    "access-tokens.rate-limits.maximum-keys must be at least 1, was " + maximumKeys);
        }
        if (perMinute < 0) {
            throw new IllegalArgumentException("access-tokens.rate-limits." + setting
                    + " must not be negative (0 turns the limit off), was " + perMinute);
        }
        return new RateLimit(name, perMinute, maximumKeys);
    }
}
