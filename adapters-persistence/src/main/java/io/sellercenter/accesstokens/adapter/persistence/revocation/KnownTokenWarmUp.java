package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.sellercenter.accesstokens.adapter.persistence.Setting;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fills the known-token cache when the {@link RevocationListener} starts listening (a start, or a reconnect, both of
 * which leave the cache empty) with the active tokens used within {@code warm-up-window}, as many as it keeps, most
 * recently used first: without it, every token in use went through the pipeline and a query of its own on its first
 * check, at about a fifteenth of the cached speed, until the node had seen them all. Read in one query on a thread of
 * its own, after LISTEN, with the eviction stamp a check's read uses: a revocation heard while the read is under way
 * keeps every token of it out, so nothing revoked meanwhile is cached. One warm-up at a time, and one more waiting at
 * most (a reconnect during a warm-up); {@code 0s} turns it off. A node's first warm-up waits until its HTTP server
 * serves: no request can use the cache before, and read while the node started, on two cores, it delayed the first
 * answer (0.3 to 0.4 s of a start from the AppCDS archive, with 2,000 tokens used lately). Until the first warm-up
 * is over, read or failed, the node is not ready ({@link TokenWarmUpHealthIndicator}).
 */
@Context
class KnownTokenWarmUp implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(KnownTokenWarmUp.class);
    private final CaffeineKnownTokenCache cache;
    private final AccessTokenStore tokens;
    private final Duration window;
    private final int atMost;
    private boolean serving; // both guarded by this
    private boolean due;
    private volatile boolean firstOver;
    private final ThreadPoolExecutor warmUps = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), task -> {
                Thread thread = new Thread(task, "token-warm-up");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    @Inject
    KnownTokenWarmUp(CaffeineKnownTokenCache cache, AccessTokenStore tokens,
                     @Value("${access-tokens.cache.warm-up-window:1h}") Duration window, BeanContext beans) {
        this(cache, tokens, window, !beans.containsBean(EmbeddedServer.class));
    }

    /**
     * As many tokens as the cache keeps. {@code serving}: whether to warm up on {@link #start()} at once, or only once
     * the HTTP server serves.
     */
    KnownTokenWarmUp(CaffeineKnownTokenCache cache, AccessTokenStore tokens, Duration window, boolean serving) {
        Setting.notNegative("access-tokens.cache.warm-up-window", window);
        this.cache = cache;
        this.tokens = tokens;
        this.window = window;
        this.atMost = (int) Math.min(Integer.MAX_VALUE, cache.maximumSize());
        this.serving = serving;
    }

    /**
     * Reads the tokens used lately into the cache, soon, on the warm-up's thread (once the node serves); nothing when
     * the cache is off, which would take none of them.
     */
    void start() {
        if (isOff()) {
            return;
        }
        synchronized (this) {
            if (!serving) {
                due = true;
                return;
            }
        }
        warmUps.execute(this::warmUp);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent started) {
        serving();
    }

    /** The node serves: a warm-up asked for before runs now. */
    void serving() {
        boolean wasDue;
        synchronized (this) {
            serving = true;
            wasDue = due;
            due = false;
        }
        if (wasDue) {
            warmUps.execute(this::warmUp);
        }
    }

    /**
     * Whether the node's first warm-up is over, whether it read the tokens or failed to (they are then read on their
     * first checks), or whether there is none to wait for: the cache is off, or the window {@code 0s}.
     */
    boolean firstOver() {
        return firstOver || isOff();
    }

    /** No warm-up at all: the window is {@code 0s}, or the cache is off and would take none of the tokens. */
    private boolean isOff() {
        return window.isZero() || !cache.isEnabled();
    }

    /** How many tokens were read: each is put in the cache, where a revocation heard meanwhile keeps it out. */
    int warmUp() {
        try {
            return readUsedTokens();
        } finally {
            firstOver = true;
        }
    }

    private int readUsedTokens() {
        long started = System.nanoTime();
        long stamp = cache.stamp();
        Instant now = Instant.now();
        List<AccessToken> used;
        try {
            used = tokens.findActiveUsedSince(now.minus(window), now, atMost);
        } catch (RuntimeException failed) {
            LOG.warn("Could not read the tokens used lately into the cache ({}); they are read on their first check",
                    failed.getClass().getSimpleName());
            return 0;
        }
        used.forEach(token -> cache.put(token, stamp));
        LOG.info("Read {} tokens used in the last {} s into the cache in {} ms", used.size(), window.toSeconds(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return used.size();
    }

    @PreDestroy
    void stop() {
        warmUps.shutdownNow();
    }
}
