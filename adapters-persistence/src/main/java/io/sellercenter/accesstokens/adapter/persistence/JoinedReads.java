package io.sellercenter.accesstokens.adapter.persistence;

import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Lookups by key that callers ask for at about the same time, read together: at most {@value #READERS} queries at a
 * time, each for the keys waiting when it begins, up to {@value #AT_MOST_A_READ} of them. A caller that finds a query
 * free reads its own key and those waiting with it; one that finds none waits, and is read by the next that begins.
 * Under a burst of lookups (a node's first checks after a start or after its cache was emptied, a flood of tokens it
 * has not seen) the database then answers a few queries for many keys instead of a query for each, and the lookups
 * hold at most {@value #READERS} of the pool's connections instead of all of them, leaving the rest to other work.
 *
 * <p>Every key is read by a query that began after it was asked for, so a lookup never answers from before its call
 * (a revocation committed before it is seen). A caller waits for a query to be free at most {@code patience} (the
 * pool's connection timeout: as long as it would have waited for a connection), and is then told the database is
 * {@link TemporarilyUnavailable}, unless a query has taken its key meanwhile. A query's failure is every caller's of
 * that query: the one that ran it gets it as thrown, the others as its cause, so that an outage is told apart by any.
 */
public final class JoinedReads<K, V> {
    public static final int READERS = 2;
    static final int AT_MOST_A_READ = BackgroundRefresh.AT_MOST_A_READ;

    private final Function<V, K> keyOf;
    private final Function<List<K>, ? extends Collection<V>> stored;
    private final Duration patience;
    private final Semaphore readers;
    private final int atMostARead;
    private final Queue<Wanted<K, V>> waiting = new ConcurrentLinkedQueue<>();

    /** A key asked for, and what was read for it, once it is. */
    private static final class Wanted<K, V> {
        private final K key;
        private final CompletableFuture<V> read = new CompletableFuture<>();
        /** The thread whose query took it; null until one does. */
        private volatile Thread takenBy;

        Wanted(K key) {
            this.key = key;
        }
    }

    /**
     * With {@code stored}, what the database holds for some keys (nothing for a key it no longer holds); each value
     * read answers the lookup of its own key, {@code keyOf} it.
     */
    public JoinedReads(Function<V, K> keyOf, Function<List<K>, ? extends Collection<V>> stored, Duration patience) {
        this(keyOf, stored, patience, READERS, AT_MOST_A_READ);
    }

    JoinedReads(Function<V, K> keyOf, Function<List<K>, ? extends Collection<V>> stored, Duration patience,
                int readers, int atMostARead) {
        this.keyOf = keyOf;
        this.stored = stored;
        this.patience = patience;
        this.readers = new Semaphore(readers);
        this.atMostARead = atMostARead;
    }

    /** How many lookups wait for a query to take them. */
    int waiting() {
        return waiting.size();
    }

    /** What the database holds for {@code key}, read in a query that began after this call. */
    public Optional<V> read(K key) {
        Wanted<K, V> wanted = new Wanted<>(key);
        waiting.add(wanted);
        if (aReaderWithin(patience)) {
            try {
                while (wanted.takenBy == null && readWaiting()) {
                    // A query takes the oldest keys first: with more than a query's worth ahead, read again.
                }
            } finally {
                readers.release();
            }
        } else if (waiting.remove(wanted)) {
            throw new TemporarilyUnavailable("database", OutageInterceptor.RETRY_AFTER);
        }
        return Optional.ofNullable(outcome(wanted));
    }

    private boolean aReaderWithin(Duration wait) {
        try {
            return readers.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads the keys waiting, up to a query's worth, each once however many ask for it; false when none were. */
    private boolean readWaiting() {
        List<Wanted<K, V>> batch = new ArrayList<>();
        for (Wanted<K, V> next; batch.size() < atMostARead && (next = waiting.poll()) != null; ) {
            next.takenBy = Thread.currentThread();
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return false;
        }
        Map<K, V> found;
        try {
            found = BackgroundRefresh.byKey(stored.apply(batch.stream().map(wanted -> wanted.key).distinct().toList()),
                    keyOf);
        } catch (RuntimeException | Error failed) {
            batch.forEach(wanted -> wanted.read.completeExceptionally(failed));
            if (failed instanceof Error error) {
                throw error;
            }
            return true;
        }
        batch.forEach(wanted -> wanted.read.complete(found.get(wanted.key)));
        return true;
    }

    /** What was read for {@code wanted}, once its query is over (bounded by the database's timeouts); or its failure. */
    private V outcome(Wanted<K, V> wanted) {
        try {
            return wanted.read.join();
        } catch (CompletionException e) {
            if (wanted.takenBy == Thread.currentThread() && e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            throw new IllegalStateException("A lookup read together with others failed", e.getCause());
        }
    }
}
