package io.sellercenter.accesstokens.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import io.sellercenter.accesstokens.application.port.in.signin.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignInResult;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.domain.account.NewPassword;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pool that password hashing runs in, and nothing else: {@code workers} threads and a queue of {@code queue}
 * waiting hashes. Past that, a hash is refused at once with {@link TemporarilyUnavailable} (503, Retry-After) instead
 * of waiting: a flood of sign-ins (each a deliberately expensive hash) then costs at most these threads, and never
 * the memory, cores or threads that token checks need. Each worker also rests after a hash, so that it keeps its core
 * busy at most {@code cpuShare} of the time: under a flood, hashing takes that share of a core per worker and no more.
 * Sign-ins are admitted as a whole to as many places as the pool has, before they cost anything else (the user's
 * lookup, the lockout's count): past that, they are refused alike. A worker idle for {@link #IDLE} ends, and with it
 * the memory its hashes kept ({@link Argon2PasswordHasher}); the next hash makes a new one.
 */
final class PasswordWork implements MeterBinder, AutoCloseable {
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    static final Duration IDLE = Duration.ofSeconds(30);

    private final ThreadPoolExecutor pool;
    private final Semaphore signIns;
    private final AtomicLong refused = new AtomicLong();

    PasswordWork(int workers, int queue, double cpuShare) {
        this(workers, queue, cpuShare, IDLE);
    }

    PasswordWork(int workers, int queue, double cpuShare, Duration idle) {
        if (cpuShare <= 0 || cpuShare > 1) {
            throw new IllegalArgumentException(
                    "access-tokens.passwords.cpu-share must be above 0 and at most 1, was " + cpuShare);
        }
        this.signIns = new Semaphore(workers + queue);
        AtomicInteger count = new AtomicInteger();
        this.pool = new RestingPool(workers, queue, cpuShare, idle, work -> {
            Thread thread = new Thread(work, "password-hashing-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * How many hashes may run at once, each worker holding {@code hashBytes} while it lives (see
     * {@link Argon2PasswordHasher}): {@code configured}, or when that is 0, half the cores, at most as many as a
     * quarter of the heap holds, and at least one. Password hashing may never take the whole machine, nor the heap: on
     * many cores with a small heap, half the cores' worth of hashes would not fit in it. Refused, naming the settings,
     * when negative or when the workers' memory is more than half the heap.
     */
    static int workers(int configured, long hashBytes, int cores, long heapBytes) {
        if (configured < 0) {
            throw new IllegalArgumentException("access-tokens.passwords.workers must not be negative (0 is half the "
                    + "cores), was " + configured);
        }
        int workers = configured > 0 ? configured
                : (int) Math.max(1, Math.min(cores / 2, heapBytes / 4 / hashBytes));
        if (workers * hashBytes > heapBytes / 2) {
            throw new IllegalArgumentException("access-tokens.passwords.workers (" + workers + ") times the memory of "
                    + "a hash (access-tokens.passwords.argon2-memory-kib, " + mib(hashBytes) + " MiB) is "
                    + mib(workers * hashBytes) + " MiB, more than half the heap (" + mib(heapBytes) + " MiB): lower "
                    + "either or give the heap more (-Xmx)");
        }
        return workers;
    }

    /** {@link #workers(int, long, int, long)} on this JVM. */
    static int workers(int configured, long hashBytes) {
        return workers(configured, hashBytes, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory());
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Workers alive now: each made by a hash, ended after {@code idle} without one. */
    int liveWorkers() {
        return pool.getPoolSize();
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

    /** {@code signIn}, refused at once when as many sign-ins are under way as the pool has places. */
    SignInUseCase admitting(SignInUseCase signIn) {
        return new SignInUseCase() {
            @Override
            public SignInResult signIn(SignInCommand command) {
                if (!signIns.tryAcquire()) {
                    throw unavailable();
                }
                try {
                    return signIn.signIn(command);
                } finally {
                    signIns.release();
                }
            }

            @Override
            public Optional<TemporarilyUnavailable> atCapacity() {
                return signIns.availablePermits() > 0 ? Optional.empty() : Optional.of(unavailable());
            }
        };
    }

    private TemporarilyUnavailable unavailable() {
        refused.incrementAndGet();
        return TemporarilyUnavailable.atCapacity("password-hashing", RETRY_AFTER);
    }

    private <T> T run(Callable<T> work) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException full) {
            throw unavailable();
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
                .description("Sign-ins and password hashes refused (503) because every worker and queue place was taken")
                .register(registry);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * A pool of at most {@code workers} threads, each ended after {@code idle} without a task, whose workers rest after
     * each task long enough to have worked {@code cpuShare} of the time.
     */
    private static final class RestingPool extends ThreadPoolExecutor {
        private final double restPerWork;
        private final ThreadLocal<Long> started = new ThreadLocal<>();

        RestingPool(int workers, int queue, double cpuShare, Duration idle, ThreadFactory threads) {
            super(workers, workers, idle.toNanos(), TimeUnit.NANOSECONDS, new ArrayBlockingQueue<>(queue), threads,
                    new AbortPolicy());
            allowCoreThreadTimeOut(true);
            this.restPerWork = 1 / cpuShare - 1;
        }

        @Override
        protected void beforeExecute(Thread thread, Runnable task) {
            started.set(System.nanoTime());
        }

        @Override
        protected void afterExecute(Runnable task, Throwable failure) {
            long rest = (long) ((System.nanoTime() - started.get()) * restPerWork);
            if (rest > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(rest);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
