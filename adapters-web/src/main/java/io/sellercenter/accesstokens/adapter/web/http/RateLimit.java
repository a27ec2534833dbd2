package io.sellercenter.accesstokens.adapter.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * At most so many events a minute for each key (a client address, a seller) on this node: a Bucket4j token bucket per
 * key, refilled evenly over the minute, held in a bounded Caffeine cache (a bucket left alone for a minute is full
 * again, so it may be forgotten). Not shared between nodes: behind a load balancer that spreads a client over N nodes,
 * it gets up to N times the limit. A limit of 0 turns it off.
 */
public final class RateLimit {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final String name;
    private final long perMinute;
    private final Cache<String, Bucket> buckets;

    public RateLimit(String name, long perMinute, long maximumKeys) {
        this.name = name;
        this.perMinute = perMinute;
        // Upkeep on the calling thread: handing it to the common pool woke one of its threads every few reads.
        this.buckets = Caffeine.newBuilder().executor(Runnable::run).expireAfterAccess(WINDOW)
                .maximumSize(maximumKeys).build();
    }

    /** The limit's name, as {@link RateLimitNames} has it. */
    public String name() {
        return name;
    }

    /** Takes one event for {@code key}: empty when it may go ahead, else how long until it could. */
    public Optional<Duration> tryTake(String key) {
        if (perMinute <= 0) {
            return Optional.empty();
        }
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill()));
    }

    /** Counts one event for {@code key}, whether or not it had any left. */
    public void take(String key) {
        if (perMinute > 0) {
            bucket(key).tryConsume(1);
        }
    }

    /** Gives back an event taken for {@code key} that turned out not to count. */
    public void giveBack(String key) {
        if (perMinute > 0) {
            Bucket bucket = buckets.getIfPresent(key);
            if (bucket != null) {
                bucket.addTokens(1);
            }
        }
    }

    /** Whether {@code key} has used up its events, without taking one: how long until it has one again. */
    public Optional<Duration> usedUp(String key) {
        if (perMinute <= 0) {
            return Optional.empty();
        }
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill()));
    }

    /**
     * The key of a client address: the address itself, or for IPv6 its /64 network, which one subscriber usually
     * holds whole (a client could otherwise take a fresh address for every request). Unknown addresses share a key.
     */
    public static String clientKey(String clientIp) {
        if (clientIp == null) {
            return "unknown";
        }
        if (clientIp.indexOf(':') < 0) {
            return clientIp;
        }
        return Origins.literal(clientIp).map(InetAddress::getAddress).filter(bytes -> bytes.length == 16)
                .map(RateLimit::network64).orElse(clientIp);
    }

    private static Duration waitOf(long nanos) {
        return Duration.ofNanos(Math.max(nanos, 1));
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW)).build());
    }

    private static String network64(byte[] address) {
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff))).append(':');
        }
        return network.append(":/64").toString();
    }
}
