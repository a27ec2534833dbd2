package io.sellercenter.accesstokens.adapter.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Left unset, the caches take a quarter of the heap at most; set, they take what they are told, unless that would be
 * more than half the heap.
 */
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
        assertThat(TokenCacheSize.of(250_000, 1024 * MIB)).isEqualTo(250_000);
        assertThat(TokenCacheSize.of(0, 256 * MIB)).isEqualTo(TokenCacheSize.forHeap(256 * MIB));
        assertThat(TokenCacheSize.of(0)).isEqualTo(TokenCacheSize.forHeap(Runtime.getRuntime().maxMemory()));
    }

    @Test
    void aConfiguredSizeThatWouldFillMoreThanHalfTheHeapIsRefusedNamingIt() {
        assertThat(TokenCacheSize.of(73_000, 256 * MIB)).isEqualTo(73_000);
        assertThatThrownBy(() -> TokenCacheSize.of(100_000, 256 * MIB))
                .hasMessage("access-tokens.cache.maximum-size (100000) would take about 173 MiB when full (1816 bytes a "
                        + "token and a hash that matched none), more than half the heap (256 MiB): lower it, or give "
                        + "the heap more (-Xmx)");
        assertThatThrownBy(() -> TokenCacheSize.of(Long.MAX_VALUE, 256 * MIB))
                .hasMessageStartingWith("access-tokens.cache.maximum-size (" + Long.MAX_VALUE + ") would take about ");
        assertThatThrownBy(() -> TokenCacheSize.of(-1, 256 * MIB))
                .hasMessage("access-tokens.cache.maximum-size must be at least 0, was -1");
    }
}
