package io.sellercenter.accesstokens.adapter.persistence;

/**
 * How many tokens a node's caches keep (known tokens, hashes that matched none, tokens whose use was noted): as
 * configured by {@code access-tokens.cache.maximum-size}, or, left unset, a quarter of the heap's worth and at most
 * 100,000. A cached token takes about 1.5 KB (measured from heap histograms), so a fixed 100,000 would be most of a
 * 256 MiB heap on the day a node sees that many tokens within a minute, or a flood of made-up ones from that many
 * addresses.
 */
public final class TokenCacheSize {
    static final long BYTES_PER_TOKEN = 1536;
    static final long AT_MOST = 100_000;
    static final long AT_LEAST = 1_000;

    private TokenCacheSize() {
    }

    /** {@code configured} when it is set (above zero), else what this JVM's heap allows; below zero is refused. */
    public static long of(long configured) {
        Setting.atLeast("access-tokens.cache.maximum-size", configured, 0);
        return configured > 0 ? configured : forHeap(Runtime.getRuntime().maxMemory());
    }

    static long forHeap(long heapBytes) {
        return Math.max(AT_LEAST, Math.min(AT_MOST, heapBytes / 4 / BYTES_PER_TOKEN));
    }
}
