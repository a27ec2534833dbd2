package io.sellercenter.accesstokens.adapter.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Answers written as JSON once and kept, for an endpoint whose answer for a key (a token) is the same on every call:
 * writing the JSON was a tenth of a token check's CPU. An answer is a value (a record), and its JSON is given from
 * memory only while the answer equals the one it was written from, so a changed answer is written anew, never stale.
 * Each endpoint keeps its own, for the keys used in the last minutes: at most {@value #AT_MOST}, and at most what a
 * 32nd of the heap holds at about {@value #BYTES_PER_KEY} bytes each (674 measured for a {@code /me} answer), so
 * about 7 MB each at most.
 */
public final class KeptJson {
    static final long AT_MOST = 10_000;
    static final long AT_LEAST = 1_000;
    static final long BYTES_PER_KEY = 700;

    private final JsonMapper json;
    private final Cache<Object, Kept> kept = Caffeine.newBuilder()
            .maximumSize(maximumKeys(Runtime.getRuntime().maxMemory()))
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public KeptJson(JsonMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** How many answers one endpoint keeps with a heap of {@code heapBytes}. */
    static long maximumKeys(long heapBytes) {
        return Math.max(AT_LEAST, Math.min(AT_MOST, heapBytes / 32 / BYTES_PER_KEY));
    }

    /** The JSON of {@code answer}, kept under {@code key}. */
    public byte[] of(Object key, Object answer) {
        Kept known = kept.getIfPresent(key);
        if (known != null && known.answer().equals(answer)) {
            return known.json();
        }
        Kept written = new Kept(answer, write(answer));
        kept.put(key, written);
        return written.json();
    }

    private byte[] write(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (IOException e) {
            throw new UncheckedIOException("an answer could not be written as JSON", e);
        }
    }

    private record Kept(Object answer, byte[] json) {
    }
}
