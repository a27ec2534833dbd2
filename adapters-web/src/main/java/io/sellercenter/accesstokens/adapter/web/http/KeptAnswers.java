package io.sellercenter.accesstokens.adapter.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * A fast route's JSON answers, written once for each object they are about and given again: an introspection's answer
 * about a remembered token is the same on every call, since a token never changes (a revocation or a renewal makes
 * another object of it), and writing it through serde was a seventh of the fast answer's CPU (kept, introspection
 * took 1.13x the throughput side by side; {@code /me}'s smaller body gained nothing measurable, and is written each
 * time). Each answer is kept under the object it was written from, compared by identity and held weakly, so that it
 * goes when that object leaves the node's memory; and at most {@value #AT_MOST} of them, the ones asked most, at about
 * {@value #BYTES_PER_ANSWER} bytes each (measured with answers of 330 bytes): under 5 MiB, full.
 */
public final class KeptAnswers {
    static final int AT_MOST = 10_000;
    static final int BYTES_PER_ANSWER = 470;
    private final JsonMapper json;
    private final Cache<Object, byte[]> kept = Caffeine.newBuilder().weakKeys().maximumSize(AT_MOST).build();

    public KeptAnswers(JsonMapper json) {
        this.json = json;
    }

    /**
     * The JSON of {@code body}, an answer made of {@code source} (an immutable object) alone: kept from an earlier
     * call about the same object if there was one, else written now and kept.
     */
    public byte[] json(Object source, Supplier<?> body) throws IOException {
        byte[] known = kept.getIfPresent(source);
        if (known != null) {
            return known;
        }
        byte[] written = json.writeValueAsBytes(body.get());
        kept.put(source, written);
        return written;
    }
}
