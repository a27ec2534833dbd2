package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;

/**
 * The rate limits, where abuse is cheap for the caller and costly for us, each configured under
 * {@code access-tokens.rate-limits} (per node, per minute; 0 turns one off). Made at start, so that a value out of
 * range stops the service there.
 * <p>
 * Each limit remembers at most {@code maximum-keys} addresses (or sellers), about {@value #BYTES_PER_KEY} bytes each
 * (471 measured for IPv4 addresses; an IPv6 network's key is a little longer). Left unset, that is what an eighth of
 * the heap holds for the {@value #LIMITS} limits together, at most 50,000 each: a flood from that many addresses fills
 * them, and a fixed 50,000 would be most of a small heap. A number set so large that the limits, full, would take more
 * than half the heap is refused.
 */
@Factory
class RateLimits {
    /** How many keys each limit remembers; 0 sizes them by the heap. */
    private static final String MAXIMUM_KEYS = "${access-tokens.rate-limits.maximum-keys:0}";
    private static final String MAXIMUM_KEYS_SETTING = "access-tokens.rate-limits.maximum-keys";
    static final long BYTES_PER_KEY = 480;
    static final int LIMITS = 3;
    static final long AT_MOST = 50_000;
    static final long AT_LEAST = 1_000;

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
        if (perMinute < 0) {
            throw new IllegalArgumentException("access-tokens.rate-limits." + setting
                    + " must not be negative (0 turns the limit off), was " + perMinute);
        }
        return new RateLimit(name, perMinute, maximumKeys(maximumKeys, Runtime.getRuntime().maxMemory()));
    }

    /**
     * How many keys each limit remembers: {@code configured} when set (above zero), else what an eighth of a heap of
     * {@code heapBytes} holds for all the limits; below zero, or more than half the heap's worth, is refused.
     */
    static long maximumKeys(long configured, long heapBytes) {
        if (configured < 0) {
            throw new IllegalArgumentException(MAXIMUM_KEYS_SETTING + " must not be negative (0 sizes the limits by "
                    + "the heap), was " + configured);
        }
        if (configured == 0) {
            return Math.max(AT_LEAST, Math.min(AT_MOST, heapBytes / 8 / LIMITS / BYTES_PER_KEY));
        }
        long perKey = LIMITS * BYTES_PER_KEY;
        if (configured > heapBytes / 2 / perKey) {
            long full = configured > Long.MAX_VALUE / perKey ? Long.MAX_VALUE : configured * perKey;
            throw new IllegalArgumentException(MAXIMUM_KEYS_SETTING + " (" + configured + ") would take about "
                    + mib(full) + " MiB when the " + LIMITS + " limits are full (" + BYTES_PER_KEY + " bytes a key), "
                    + "more than half the heap (" + mib(heapBytes) + " MiB): lower it, or give the heap more (-Xmx)");
        }
        return configured;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
