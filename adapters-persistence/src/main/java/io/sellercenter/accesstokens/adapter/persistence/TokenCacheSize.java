package io.sellercenter.accesstokens.adapter.persistence;

/**
 * How many tokens a node's caches keep (known tokens, hashes that matched none, tokens whose use was noted): as
 * configured by {@code access-tokens.cache.maximum-size}, or, left unset, a quarter of the heap's worth and at most
 * 100,000. A cached token takes about 1.5 KB (measured from heap histograms), so a fixed 100,000 would be most of a
 * 256 MiB heap on the day a node sees that many tokens within a minute, or a flood of made-up ones from that many
 * addresses. A size set so large that the caches, full, would take more than half the heap is refused at start: the
 * node would run out of memory on the day they fill.
 */
public final class TokenCacheSize {
    private static final String SETTING = "access-tokens.cache.maximum-size";
    static final long BYTES_PER_TOKEN = 1536;
    /** A hash that matched none, kept apart from the tokens, as many as them at most. */
    static final long BYTES_PER_UNKNOWN = 280;
    static final long AT_MOST = 100_000;
    static final long AT_LEAST = 1_000;

    private TokenCacheSize() {
    }

    /** {@link #of(long, long)} on this JVM's heap. */
    public static long of(long configured) {
        return of(configured, Runtime.getRuntime().maxMemory());
    }

    /**
     * {@code configured} when it is set (above zero), else what a heap of {@code heapBytes} allows; below zero, or more
     * than half the heap's worth, is refused.
     */
    static long of(long configured, long heapBytes) {
        Setting.atLeast(SETTING, configured, 0);
        if (configured == 0) {
            return forHeap(heapBytes);
        }
        long perToken = BYTES_PER_TOKEN + BYTES_PER_UNKNOWN;
        if (configured > heapBytes / 2 / perToken) {
            long full = configured > Long.MAX_VALUE / perToken ? Long.MAX_VALUE : configured * perToken;
            throw new IllegalArgumentException(SETTING + " (" + configured + ") would take about " + mib(full)
                    + " MiB when full (" + perToken + " bytes a token and a hash that matched none), more than half "
                    + "the heap (" + mib(heapBytes) + " MiB): lower it, or give the heap more (-Xmx)");
        }
        return configured;
    }

    static long forHeap(long heapBytes) {
        return Math.max(AT_LEAST, Math.min(AT_MOST, heapBytes / 4 / BYTES_PER_TOKEN));
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
