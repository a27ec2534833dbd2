package io.sellercenter.accesstokens.adapter.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;

/**
 * A fast route's answers, made once for the objects they are about and given again: an answer about a remembered
 * token is the same on every call, since a token never changes (a revocation or a renewal makes another object of it),
 * and writing its body through serde was a seventh of a fast answer's CPU. Each answer is kept under the object it was
 * made from, compared by identity and held weakly, so that it goes when that object leaves the node's memory; and at
 * most {@value #AT_MOST} of them, the ones asked most, at about {@value #BYTES_PER_ANSWER} bytes each (measured with
 * {@code /me}'s answers, a body of 280 bytes and two headers of their own): under 8 MiB, full.
 */
public final class KeptAnswers {
    static final int AT_MOST = 10_000;
    static final int BYTES_PER_ANSWER = 800;
    // Upkeep on the calling thread: handing it to the common pool woke one of its threads every few reads.
    private final Cache<Object, Kept> kept = Caffeine.newBuilder().executor(Runnable::run).weakKeys()
            .maximumSize(AT_MOST).build();

    /** How an answer is made, on a call that finds none kept. */
    @FunctionalInterface
    public interface Making {
        FastRoute.FastAnswer make() throws IOException;
    }

    /** An answer, and what it was made with besides the object it is kept under. */
    private record Kept(@Nullable Object with, FastRoute.FastAnswer answer) {
    }

    /**
     * The answer made of {@code source} and {@code with} alone (immutable objects; {@code with} may be null): kept from
     * an earlier call about these same two objects if there was one, else made now and kept in place of any earlier
     * answer about {@code source}. The answer's headers must not change once made.
     */
    public FastRoute.FastAnswer answer(Object source, @Nullable Object with, Making making) throws IOException {
        Kept known = kept.getIfPresent(source);
        if (known != null && known.with() == with) {
            return known.answer();
        }
        FastRoute.FastAnswer made = making.make();
        kept.put(source, new Kept(with, made));
        return made;
    }
}
