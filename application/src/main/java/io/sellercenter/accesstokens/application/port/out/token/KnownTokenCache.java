package io.sellercenter.accesstokens.application.port.out.token;

import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.TokenHash;

import java.util.Optional;

/**
 * Tokens this node has recently looked up, by hash, so that most checks need no I/O: the tokens found (active,
 * expired or revoked alike: a revocation is final) and, apart, the hashes that matched no token. Bounded in size and
 * in how long an entry lives. A cached token is only ever a copy of a stored one: whoever decides must still judge its
 * status against the clock.
 *
 * <p>A lookup that misses reads the store and then offers what it read with the {@link #stamp()} taken before the
 * read; the cache refuses the offer if anything was evicted since, so that a token revoked while it was being read
 * can never be put back.
 */
public interface KnownTokenCache {
    Optional<AccessToken> get(TokenHash hash);

    /** A mark to take before reading the store for a token to {@link #put}. */
    long stamp();

    /** Keeps {@code token} unless an eviction happened after {@code stamp} was taken. */
    void put(AccessToken token, long stamp);

    /**
     * Remembers for a short while that no token has {@code hash}, so that the same made-up or deleted secret presented
     * again costs no query. (A secret is random: a hash nobody had is not going to be generated meanwhile.)
     */
    void putUnknown(TokenHash hash);

    /** Whether {@code hash} matched no token when it was last looked up, lately. */
    boolean isKnownUnknown(TokenHash hash);

    void evict(TokenHash hash);

    /** Forgets everything, as when revocations may have been missed. */
    void clear();
}
