package io.sellercenter.accesstokens.adapter.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Left unset, the caches take a quarter of the heap at most; set, they take what they are told. */
class TokenCacheSizeTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void aSmallHeapKeepsAQuarterOfItsWorthOfTokens() {
        long tokens = TokenCacheSize.forHeap(256 * MIB);

        assertThat(tokens).isEqualTo(43_690);
        assertThat(tokens * TokenCacheSize.BYTES_PER_TOKEN).isLessThanOrEqualTo(64 * MIB);
    }

    @Test
    void aLargeHeapKeepsAtMostAHundredThousand() {
        assertThat(TokenCacheSize.forHeap(8192 * MIB)).isEqualTo(100_000);
    }

    @Test
    void aTinyHeapStillKeepsAThousand() {
        assertThat(TokenCacheSize.forHeap(4 * MIB)).isEqualTo(1_000);
    }

    @Test
    void aConfiguredSizeWinsAndZeroMeansUnset() {
        assertThat(TokenCacheSize.of(250_000)).isEqualTo(250_000);
        assertThat(TokenCacheSize.of(0)).isEqualTo(TokenCacheSize.forHeap(Runtime.getRuntime().maxMemory()));
    }
}
