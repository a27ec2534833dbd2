package io.sellercenter.accesstokens.application.port.out.token;

import io.sellercenter.accesstokens.domain.token.AccessTokenId;

import java.time.Instant;

/**
 * Notes that a token authenticated a call, from where. Must return at once, without I/O: the write happens later,
 * batched, and at most once a minute (or as configured) per token.
 */
@FunctionalInterface
public interface TokenUsageRecorder {
    void recordUse(AccessTokenId token, Instant at, String clientAddress);
}
