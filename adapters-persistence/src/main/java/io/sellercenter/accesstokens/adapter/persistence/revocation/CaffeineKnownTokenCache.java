package io.sellercenter.accesstokens.adapter.persistence.revocation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.sellercenter.accesstokens.adapter.persistence.BackgroundRefresh;
import io.sellercenter.accesstokens.adapter.persistence.Setting;
import io.sellercenter.accesstokens.adapter.persistence.TokenCacheSize;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The known-token cache of this node, in Caffeine: at most {@link TokenCacheSize} tokens, none older than
 * {@code max-entry-age}, each read again by a {@link BackgroundRefresh} when a check finds it half that old; and apart,
 * so that a flood of made-up secrets cannot push real tokens out, at most as many hashes that matched no token, none
 * older than {@code unknown-max-age}. It answers only while the {@link RevocationListener} is listening: a node that
 * could miss a revocation asks the database instead.
 */
@Context
class CaffeineKnownTokenCache implements KnownTokenCache {
    private final LoadingCache<TokenHash, AccessToken> cache;
    private final BackgroundRefresh<TokenHash, AccessToken> refresh;
    private final Cache<TokenHash, Boolean> unknown;
    private final boolean enabled;
    private final long maximumSize;
    private final AtomicLong evictions = new AtomicLong();
    private volatile boolean listening;

    @Inject
    CaffeineKnownTokenCache(@Value("${access-tokens.cache.enabled:true}") boolean enabled,
                            @Value("${access-tokens.cache.maximum-size:0}") long maximumSize,
                            @Value("${access-tokens.cache.max-entry-age:60s}") Duration maxEntryAge,
                            @Value("${access-tokens.cache.unknown-max-age:60s}") Duration unknownMaxAge,
                            AccessTokenStore tokens) {
        this(enabled, maximumSize, maxEntryAge, unknownMaxAge, tokens::findAllByHash);
    }

    /** With {@code stored}, the tokens the database holds for some hashes, read again for tokens half their age. */
    CaffeineKnownTokenCache(boolean enabled, long maximumSize, Duration maxEntryAge, Duration unknownMaxAge,
                            Function<List<TokenHash>, List<AccessToken>> stored) {
        Setting.positive("access-tokens.cache.max-entry-age", maxEntryAge);
        Setting.positive("access-tokens.cache.unknown-max-age", unknownMaxAge);
        this.enabled = enabled;
        this.maximumSize = TokenCacheSize.of(maximumSize);
        this.refresh = new BackgroundRefresh<>("token-refresh", AccessToken::hash, stored);
        this.cache = refresh.builder(this.maximumSize, maxEntryAge).recordStats().build(refresh);
        // Upkeep on the calling thread: handing it to the common pool woke one of its threads every few reads.
        this.unknown = Caffeine.newBuilder().executor(Runnable::run).maximumSize(this.maximumSize)
                .expireAfterWrite(unknownMaxAge).build();
    }

    @Override
    public Optional<AccessToken> get(TokenHash hash) {
        return answering() ? Optional.ofNullable(cache.getIfPresent(hash)) : Optional.empty();
    }

    @Override
    public long stamp() {
        return evictions.get();
    }

    @Override
    public void put(AccessToken token, long stamp) {
        if (!answering()) {
            return;
        }
        cache.put(token.hash(), token);
        if (evictions.get() != stamp) {
            // An eviction raced with this put; it may have been for this very token.
            cache.invalidate(token.hash());
        }
    }

    @Override
    public void putUnknown(TokenHash hash) {
        if (answering()) {
            unknown.put(hash, Boolean.TRUE);
        }
    }

    @Override
    public boolean isKnownUnknown(TokenHash hash) {
        return answering() && unknown.getIfPresent(hash) != null;
    }

    @Override
    public void evict(TokenHash hash) {
        evictions.incrementAndGet();
        cache.invalidate(hash);
    }

    @Override
    public void clear() {
        evictions.incrementAndGet();
        cache.invalidateAll();
        unknown.invalidateAll();
    }

    /**
     * The listener is on (or off). Either way the cache starts over empty: entries from before an outage may have
     * missed a revocation, and while off it takes and answers nothing.
     */
    void listening(boolean on) {
        clear();
        listening = on;
    }

    boolean isListening() {
        return listening;
    }

    /** Whether it is on at all ({@code access-tokens.cache.enabled}); when off it never takes a token. */
    boolean isEnabled() {
        return enabled;
    }

    /** How many tokens it keeps at most. */
    long maximumSize() {
        return maximumSize;
    }

    @PreDestroy
    void stop() {
        refresh.stop();
    }

    /** For metrics: the Caffeine cache itself, with its statistics. */
    Cache<TokenHash, AccessToken> caffeine() {
        return cache;
    }

    private boolean answering() {
        return enabled && listening;
    }
}
