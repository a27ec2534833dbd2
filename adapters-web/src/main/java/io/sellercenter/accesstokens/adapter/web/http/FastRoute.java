package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.core.annotation.Nullable;
import io.netty.handler.codec.http.HttpHeaderValidationUtil;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AsciiString;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * A route whose commonest answer {@link FastPaths} gives ahead of Micronaut's request pipeline, for routes called so
 * often that the pipeline is most of their cost. The route's controller stays the reference: a fast route answers
 * only what it can answer exactly as the controller and the filters would, and leaves everything else to them.
 */
public interface FastRoute {
    /** The largest body, in bytes, of a {@code POST} a fast route is given; a larger one goes to Micronaut. */
    int MAXIMUM_BODY = 2048;

    /** The path it answers, exactly; a request for it with a query string goes to Micronaut unless it takes those. */
    String path();

    /**
     * {@code GET} (the default): it is given requests that announce no body. {@code POST}: it is given requests with a
     * body of at most {@value #MAXIMUM_BODY} bytes announced by {@code Content-Length}, once the body is all there.
     */
    default HttpMethod method() {
        return HttpMethod.GET;
    }

    /** Whether a request for {@link #path()} with a query string is the same request (the query is ignored). */
    default boolean takesQueries() {
        return false;
    }

    /**
     * Whether it is taken even where a security rule of the operator's own may apply to its path
     * ({@code micronaut.security.ip-patterns}, an intercept-URL rule): only for a route that answers anyone the same
     * constant. Any other is then left to Micronaut's security filter, which holds every request to those rules.
     */
    default boolean answersPastOperatorRules() {
        return false;
    }

    /**
     * The {@code 200} answer to this request of its {@link #method()}, which accepts JSON, has no {@code Origin} and
     * no {@code Cookie} and is from {@code peer}, with its whole {@code body} read as UTF-8 (empty for a {@code GET});
     * or null to leave it to Micronaut's pipeline. Called on the connection's event loop: it must not wait for
     * anything. A route that throws leaves the request to the pipeline too.
     */
    @Nullable
    FastAnswer answer(HttpRequest request, String body, InetSocketAddress peer);

    /**
     * A {@code 200} answer's JSON body and the headers of its own; {@link FastPaths} adds what every answer has.
     * Neither is changed once made, so one answer may be given to many calls ({@link KeptAnswers}); its headers are
     * checked and written for Netty (as {@link AsciiString}s, which it copies as they are) once, when it is made.
     */
    final class FastAnswer {
        private final byte[] json;
        private final AsciiString[] headers;
        private final AsciiString contentLength;

        /**
         * @throws IllegalArgumentException if a header's value is one no header may have (a line break, say): the
         *                                  call then goes to the pipeline, which holds every value to Netty's checks
         */
        public FastAnswer(byte[] json, Map<String, String> headers) {
            this.json = json;
            this.headers = new AsciiString[2 * headers.size()];
            int i = 0;
            for (Map.Entry<String, String> header : headers.entrySet()) {
                if (HttpHeaderValidationUtil.validateValidHeaderValue(header.getValue()) != -1) {
                    throw new IllegalArgumentException("not a header value, for " + header.getKey());
                }
                this.headers[i++] = AsciiString.of(header.getKey());
                this.headers[i++] = AsciiString.of(header.getValue());
            }
            this.contentLength = AsciiString.of(Integer.toString(json.length));
        }

        public byte[] json() {
            return json;
        }

        /** The headers of its own, names and values in turn. */
        AsciiString[] headers() {
            return headers;
        }

        AsciiString contentLength() {
            return contentLength;
        }
    }
}
