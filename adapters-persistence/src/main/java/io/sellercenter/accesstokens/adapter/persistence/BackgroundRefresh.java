package io.sellercenter.accesstokens.adapter.persistence;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Reads a cached entry again from the database, on a thread of its own, when a lookup finds it half its maximum age:
 * the lookup is answered from the cache meanwhile, and the copy read replaces the cached one, so that an entry in use
 * never ages out. Without it, the entries a node had cached at about the same time (all of them, after a start) aged
 * out together, and their next lookups all went to the database at once, once a maximum age, on the callers' time.
 *
 * <p>The entries asked for while a read is under way are read together in the next, up to {@value #AT_MOST_A_READ} in
 * one query: with 30,000 tokens in use, each read twice a minute, a query for each was 1,000 queries a second, and
 * reading them together took the reader's CPU from about 60 to 23 µs a token and halved the database's
 * ({@code bench/refresh-cost.sh}).
 *
 * <p>Caffeine keeps the copy read only if the entry is still the one the read began from: an eviction while the read
 * was under way (a revocation's) discards it, so a copy read before the eviction is never put back. At most
 * {@value #AT_MOST_WAITING} entries wait: one that finds no room, or whose read fails (the database down), is left as
 * it was, to age out as it would have, and the next lookup of it asks again. Nothing is logged, since the lookups that
 * then miss meet the outage themselves, and are answered and logged as any.
 */
public final class BackgroundRefresh<K, V> implements CacheLoader<K, V> {
    private static final int AT_MOST_WAITING = 10_000;
    static final int AT_MOST_A_READ = 500;

    private final Function<V, K> keyOf;
    private final Function<List<K>, ? extends Collection<V>> stored;
    private final BlockingQueue<Due<K, V>> due = new ArrayBlockingQueue<>(AT_MOST_WAITING);
    private final Thread reader;
    private volatile boolean stopped;

    /** An entry to read again, and the copy read, once it is. */
    private record Due<K, V>(K key, CompletableFuture<V> read) {
    }

    /**
     * With {@code stored}, what the database holds for some keys (nothing for a key it no longer holds), read on a
     * thread named {@code thread}; each value read comes in under its own key, {@code keyOf} it.
     */
    public BackgroundRefresh(String thread, Function<V, K> keyOf, Function<List<K>, ? extends Collection<V>> stored) {
        this.keyOf = keyOf;
        this.stored = stored;
        this.reader = new Thread(this::readWhileRunning, thread);
        reader.setDaemon(true);
        reader.start();
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

    /** Drops the entries waiting, and takes no more. */
    public void stop() {
        stopped = true;
        reader.interrupt();
        dropWaiting(new ArrayList<>());
    }

    /** What the database holds for {@code key}; null if nothing any more. */
    @Override
    public V load(K key) {
        return storedByKey(List.of(key)).get(key);
    }

    /** Reads {@code key} again on this refresh's own thread: {@code upkeep} is the caller's, an event loop's. */
    @Override
    public CompletableFuture<V> asyncReload(K key, V cached, Executor upkeep) {
        CompletableFuture<V> read = new CompletableFuture<>();
        if (stopped || !due.offer(new Due<>(key, read))) {
            read.cancel(false); // Caffeine logs any other failure, with its stack trace
        }
        return read;
    }

    private void readWhileRunning() {
        List<Due<K, V>> batch = new ArrayList<>(AT_MOST_A_READ);
        try {
            while (!stopped) {
                batch.add(due.take());
                due.drainTo(batch, AT_MOST_A_READ - 1);
                read(batch);
                batch.clear();
            }
        } catch (InterruptedException stopping) {
            // stop() drops what is left
        } finally {
            dropWaiting(batch);
        }
    }

    private void read(List<Due<K, V>> batch) {
        Map<K, V> found;
        try {
            found = storedByKey(batch.stream().map(Due::key).toList());
        } catch (RuntimeException failed) {
            batch.forEach(entry -> entry.read().cancel(false));
            return;
        }
        batch.forEach(entry -> entry.read().complete(found.get(entry.key())));
    }

    /** What the database holds for {@code keys}, by key. */
    private Map<K, V> storedByKey(List<K> keys) {
        return byKey(stored.apply(keys), keyOf);
    }

    /** Values read for several keys at once, each under its own key, {@code keyOf} it. */
    static <K, V> Map<K, V> byKey(Collection<V> values, Function<V, K> keyOf) {
        Map<K, V> found = new HashMap<>();
        values.forEach(value -> found.put(keyOf.apply(value), value));
        return found;
    }

    private void dropWaiting(List<Due<K, V>> batch) {
        due.drainTo(batch);
        batch.forEach(entry -> entry.read().cancel(false));
        batch.clear();
    }
}
