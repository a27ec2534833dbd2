package io.sellercenter.accesstokens.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.domain.account.NewPassword;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pool that password hashing runs in, and nothing else: {@code workers} threads and a queue of {@code queue}
 * waiting hashes. Past that, a hash is refused at once with {@link TemporarilyUnavailable} (503, Retry-After) instead
 * of waiting: a flood of sign-ins (each a deliberately expensive hash) then costs at most these threads, and never
 * the memory, cores or threads that token checks need.
 */
final class PasswordWork implements MeterBinder, AutoCloseable {
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final ThreadPoolExecutor pool;
    private final AtomicLong refused = new AtomicLong();

    PasswordWork(int workers, int queue) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                work -> {
                    Thread thread = new Thread(work, "password-hashing-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Half the cores, at least one: password hashing may never take the whole machine. */
    static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** {@code hasher}, its every hash run in this pool. */
    PasswordHasher bound(PasswordHasher hasher) {
        return new PasswordHasher() {
            @Override
            public String hash(NewPassword password) {
                return run(() -> hasher.hash(password));
            }

            @Override
            public boolean matches(CharSequence password, String hash) {
                return run(() -> hasher.matches(password, hash));
            }
        };
    }

    private <T> T run(Callable<T> work) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException full) {
            refused.incrementAndGet();
            throw new TemporarilyUnavailable("password-hashing", RETRY_AFTER);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("password hashing failed", e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("access_tokens.password_hashing.waiting", pool, p -> p.getQueue().size())
                .description("Password hashes waiting for a worker").register(registry);
        Gauge.builder("access_tokens.password_hashing.active", pool, ThreadPoolExecutor::getActiveCount)
                .description("Password hashes being computed").register(registry);
        FunctionCounter.builder("access_tokens.password_hashing.refused", refused, AtomicLong::get)
                .description("Password hashes refused (503) because every worker and queue place was taken")
                .register(registry);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
