package io.sellercenter.accesstokens.adapter.web.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads that do requests' blocking work (the database, mostly): {@code threads} of them, where Micronaut's own
 * blocking pool makes one for every caller that waits. Controllers that block run here and wait their turn
 * ({@code @ExecuteOn(BlockingPool.NAME)}): their callers are signed in, or sign in through a bound of its own
 * ({@code PasswordWork}), or ask for the API's document, which needs no database. Token checks the cache cannot
 * answer, and session and seller lookups, come through {@link #supply}: anyone can cause those, so they are bounded
 * too. With {@code threads} plus {@code queue} of them under way, the next is refused at once with
 * {@link TemporarilyUnavailable} (503, Retry-After), and one that waited longer than {@code max-wait} for a thread is
 * refused when its turn comes, without being done: its caller has waited long enough, and the queue empties as fast
 * as it filled.
 * <p>
 * This is what keeps a node alive when the database is away under load: each check then holds its thread for the
 * data source's connection timeout, and an unbounded pool made a thread for every connection (549 threads for 512
 * connections, 90 MiB more memory). Micronaut's executor metrics cover its threads and queue, named {@value #NAME}.
 */
@Context
public class BlockingPool {
    /** The name to run a controller here: {@code @ExecuteOn(BlockingPool.NAME)}. */
    public static final String NAME = "access-tokens-blocking";
    /** The dependency its refusals name, in the 503s' metric. */
    public static final String DEPENDENCY = "blocking-pool";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final long IDLE_SECONDS = 60;

    private final ThreadPoolExecutor threads;
    private final Semaphore places;
    private final long maxWaitNanos;

    BlockingPool(@Value("${access-tokens.blocking-pool.threads:32}") int threads,
                 @Value("${access-tokens.blocking-pool.queue:1024}") int queue,
                 @Value("${access-tokens.blocking-pool.max-wait:1s}") Duration maxWait, MeterRegistry meters) {
        if (threads < 1) {
            throw new IllegalArgumentException(
                    "access-tokens.blocking-pool.threads must be at least 1, was " + threads);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("access-tokens.blocking-pool.queue must not be negative, was " + queue);
        }
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("access-tokens.blocking-pool.max-wait must be above 0, was " + maxWait);
        }
        this.places = new Semaphore(threads + queue);
        this.maxWaitNanos = maxWait.toNanos();
        this.threads = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named());
        this.threads.allowCoreThreadTimeOut(true);
        Gauge.builder("access_tokens.blocking_pool.free_places", places, Semaphore::availablePermits)
                .description("Token checks that may still start or wait for a blocking thread; at 0 they are refused")
                .register(meters);
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "blocking-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * {@code work}'s result, done on a thread of this pool; failed with {@link TemporarilyUnavailable} when it finds
     * no place, or waited longer than {@code max-wait} for a thread.
     */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        if (!places.tryAcquire()) {
            return CompletableFuture.failedFuture(refused());
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        long queued = System.nanoTime();
        try {
            threads.execute(() -> {
                try {
                    if (System.nanoTime() - queued > maxWaitNanos) {
                        result.completeExceptionally(refused());
                    } else {
                        result.complete(work.get());
                    }
                } catch (Throwable failure) {
                    result.completeExceptionally(failure);
                } finally {
                    places.release();
                }
            });
        } catch (RejectedExecutionException stopping) {
            places.release();
            result.completeExceptionally(refused());
        }
        return result;
    }

    private static TemporarilyUnavailable refused() {
        return TemporarilyUnavailable.atCapacity(DEPENDENCY, RETRY_AFTER);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** The pool as the executor Micronaut runs {@code @ExecuteOn(BlockingPool.NAME)} controllers on. */
    @Factory
    static class Executor {
        /** Made at start, so that its metrics are there before its first call. */
        @Context
        @Named(NAME)
        ExecutorService blockingPool(BlockingPool pool) {
            return pool.threads;
        }
    }
}
