package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.core.annotation.Nullable;
import io.netty.handler.codec.http.HttpRequest;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * A route whose commonest answer {@link FastPaths} gives ahead of Micronaut's request pipeline, for routes called so
 * often that the pipeline is most of their cost. The route's controller stays the reference: a fast route answers
 * only what it can answer exactly as the controller and the filters would, and leaves everything else to them.
 */
public interface FastRoute {
    /** The path it answers, exactly; a request for it with a query string goes to Micronaut unless it takes those. */
    String path();

    /** Whether a request for {@link #path()} with a query string is the same request (the query is ignored). */
    default boolean takesQueries() {
        return false;
    }

    /**
     * The {@code 200} answer to this {@code GET}, which announces no body, accepts JSON, has no {@code Origin} and is
     * from {@code peer}; or null to leave it to Micronaut's pipeline. Called on the connection's event loop: it must
     * not wait for anything. A route that throws leaves the request to the pipeline too.
     */
    @Nullable
    FastAnswer answer(HttpRequest request, InetSocketAddress peer);

    /** A {@code 200} answer's JSON body and the headers of its own; {@link FastPaths} adds what every answer has. */
    record FastAnswer(byte[] json, Map<String, String> headers) {
    }
}
