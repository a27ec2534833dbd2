package io.sellercenter.accesstokens.adapter.persistence.revocation;

import com.github.benmanes.caffeine.cache.CacheLoader;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.TokenHash;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads a cached token again from the database, on a thread of its own, when a check finds it half its
 * {@code max-entry-age} old: the check is answered from the cache meanwhile, and the copy read replaces the cached one,
 * so that a token in use never ages out. Without it, every token a node had cached at about the same time (all of them,
 * after a start) aged out together, and their next checks all went to the database at once, once a
 * {@code max-entry-age}, on the caller's time.
 *
 * <p>Caffeine keeps the copy read only if the entry is still the one the read began from: a revocation's eviction while
 * the read was under way discards it, so a token read before its revocation is never put back. One read at a time, at
 * most {@value #AT_MOST_WAITING} waiting: a read that finds no room, or fails (the database down), leaves the entry as it
 * was, to age out as it would have, and the next check of it asks again. Nothing is logged, since the checks that then
 * miss meet the outage themselves, and are answered and logged as any.
 */
final class KnownTokenRefresh implements CacheLoader<TokenHash, AccessToken> {
    static final int AT_MOST_WAITING = 10_000;
    private final Function<TokenHash, Optional<AccessToken>> stored;
    private final ThreadPoolExecutor reads = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(AT_MOST_WAITING), task -> {
                Thread thread = new Thread(task, "token-refresh");
                thread.setDaemon(true);
                return thread;
            });

    /** With {@code stored}, the database's token with a hash, if any. */
    KnownTokenRefresh(Function<TokenHash, Optional<AccessToken>> stored) {
        this.stored = stored;
    }

    /** The stored token with {@code hash}, its hash compared in constant time; null if there is none any more. */
    @Override
    public AccessToken load(TokenHash hash) {
        return stored.apply(hash).filter(token -> token.hash().matches(hash)).orElse(null);
    }

    /** Reads {@code hash}'s token on this refresh's own thread: {@code upkeep} is the caller's, an event loop's. */
    @Override
    public CompletableFuture<AccessToken> asyncReload(TokenHash hash, AccessToken cached, Executor upkeep) {
        CompletableFuture<AccessToken> read = new CompletableFuture<>();
        try {
            reads.execute(() -> {
                try {
                    read.complete(load(hash));
                } catch (RuntimeException failed) {
                    read.cancel(false); // Caffeine logs any other failure, with its stack trace
                }
            });
        } catch (RejectedExecutionException full) {
            read.cancel(false);
        }
        return read;
    }

    void stop() {
        reads.shutdownNow();
    }
}
