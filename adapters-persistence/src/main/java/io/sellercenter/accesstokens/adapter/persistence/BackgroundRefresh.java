package io.sellercenter.accesstokens.adapter.persistence;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads a cached entry again from the database, on a thread of its own, when a lookup finds it half its maximum age:
 * the lookup is answered from the cache meanwhile, and the copy read replaces the cached one, so that an entry in use
 * never ages out. Without it, the entries a node had cached at about the same time (all of them, after a start) aged
 * out together, and their next lookups all went to the database at once, once a maximum age, on the callers' time.
 *
 * <p>Caffeine keeps the copy read only if the entry is still the one the read began from: an eviction while the read
 * was under way (a revocation's) discards it, so a copy read before the eviction is never put back. One read at a time,
 * at most {@value #AT_MOST_WAITING} waiting: a read that finds no room, or fails (the database down), leaves the entry
 * as it was, to age out as it would have, and the next lookup of it asks again. Nothing is logged, since the lookups
 * that then miss meet the outage themselves, and are answered and logged as any.
 */
public final class BackgroundRefresh<K, V> implements CacheLoader<K, V> {
    private static final int AT_MOST_WAITING = 10_000;
    private final Function<K, Optional<V>> stored;
    private final ThreadPoolExecutor reads;

    /** With {@code stored}, what the database holds for a key, read on a thread named {@code thread}. */
    public BackgroundRefresh(String thread, Function<K, Optional<V>> stored) {
        this.stored = stored;
        this.reads = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(AT_MOST_WAITING),
                task -> {
                    Thread reader = new Thread(task, thread);
                    reader.setDaemon(true);
                    return reader;
                });
    }

    /**
     * A cache of at most {@code maximumSize} entries, none older than {@code maxAge}, for {@code build(this)}: each
     * entry is read again by this when a lookup finds it half that old.
     */
    public Caffeine<Object, Object> builder(long maximumSize, Duration maxAge) {
        // Upkeep on the calling thread: handing it to the common pool woke one of its threads every few reads.
        return Caffeine.newBuilder().executor(Runnable::run).maximumSize(maximumSize).expireAfterWrite(maxAge)
                .refreshAfterWrite(Duration.ofNanos(Math.max(1, maxAge.toNanos() / 2)));
    }

    /** Drops the reads waiting, and takes no more. */
    public void stop() {
        reads.shutdownNow();
    }

    /** What the database holds for {@code key}; null if nothing any more. */
    @Override
    public V load(K key) {
        return stored.apply(key).orElse(null);
    }

    /** Reads {@code key} again on this refresh's own thread: {@code upkeep} is the caller's, an event loop's. */
    @Override
    public CompletableFuture<V> asyncReload(K key, V cached, Executor upkeep) {
        CompletableFuture<V> read = new CompletableFuture<>();
        try {
            reads.execute(() -> {
                try {
                    read.complete(load(key));
                } catch (RuntimeException failed) {
                    read.cancel(false); // Caffeine logs any other failure, with its stack trace
                }
            });
        } catch (RejectedExecutionException full) {
            read.cancel(false);
        }
        return read;
    }
}
