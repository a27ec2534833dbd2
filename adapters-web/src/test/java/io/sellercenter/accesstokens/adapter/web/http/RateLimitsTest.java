package io.sellercenter.accesstokens.adapter.web.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Left unset, the rate limits together remember what an eighth of the heap holds; set, what they are told, unless
 * that would be more than half the heap.
 */
class RateLimitsTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void unsetTheLimitsTakeAnEighthOfTheHeapAtMostFiftyThousandKeysEach() {
        long keys = RateLimits.maximumKeys(0, 256 * MIB);

        assertThat(keys).isEqualTo(23_301);
        assertThat(keys * RateLimits.LIMITS * RateLimits.BYTES_PER_KEY).isLessThanOrEqualTo(32 * MIB);
        assertThat(RateLimits.maximumKeys(0, 8192 * MIB)).isEqualTo(50_000);
        assertThat(RateLimits.maximumKeys(0, 4 * MIB)).isEqualTo(1_000);
    }

    @Test
    void aSetNumberWinsUnlessTheFullLimitsWouldTakeMoreThanHalfTheHeap() {
        assertThat(RateLimits.maximumKeys(50_000, 256 * MIB)).isEqualTo(50_000);
        assertThat(RateLimits.maximumKeys(1, 256 * MIB)).isEqualTo(1);
        assertThatThrownBy(() -> RateLimits.maximumKeys(100_000, 256 * MIB))
                .hasMessage("access-tokens.rate-limits.maximum-keys (100000) would take about 137 MiB when the 3 "
                        + "limits are full (480 bytes a key), more than half the heap (256 MiB): lower it, or give "
                        + "the heap more (-Xmx)");
        assertThatThrownBy(() -> RateLimits.maximumKeys(Long.MAX_VALUE, 256 * MIB))
                .hasMessageContaining("maximum-keys (" + Long.MAX_VALUE + ")");
        assertThatThrownBy(() -> RateLimits.maximumKeys(-1, 256 * MIB))
                .hasMessage("access-tokens.rate-limits.maximum-keys must not be negative (0 sizes the limits by the "
                        + "heap), was -1");
    }
}
