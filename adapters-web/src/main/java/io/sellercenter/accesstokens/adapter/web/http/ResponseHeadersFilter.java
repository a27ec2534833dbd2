package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * What every response carries: its {@code Date} (in place of Micronaut's, which {@code micronaut.server.date-header}
 * turns off; should it be on again, this one replaces it), and browser hardening. The hardening is a strict
 * Content-Security-Policy (scripts and styles from this origin only, nothing inline), no MIME sniffing, no referrer, no
 * framing, and, unless the service is set to be reached over plain HTTP ({@code access-tokens.session.cookie-secure:
 * false}), Strict-Transport-Security for a year, which browsers heed only over HTTPS. The generated Swagger UI page
 * needs inline script and style, and gets them under {@code /swagger-ui} only. It wraps every filter that can refuse a
 * request (the sign-in and refused-token limits, the security filter), so that their refusals carry the headers too: a
 * filter's response method sees only the responses of the filters after it.
 */
@Context
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ResponseHeadersFilter implements Ordered {
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final boolean httpsOnly;
    private final HttpDate date = new HttpDate(Clock.systemUTC());

    ResponseHeadersFilter(@Value("${access-tokens.session.cookie-secure:true}") boolean httpsOnly) {
        this.httpsOnly = httpsOnly;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        addTo(request.getPath(), response.getHeaders()::set);
    }

    /** Gives each header a response to a request for this path carries, by name and value, to {@code headers}. */
    void addTo(String path, BiConsumer<String, String> headers) {
        headers.accept(HttpHeaders.DATE, date.now());
        if (httpsOnly) {
            headers.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        headers.accept("Content-Security-Policy",
                path.startsWith("/swagger-ui") ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
        headers.accept("X-Content-Type-Options", "nosniff");
        headers.accept("Referrer-Policy", "no-referrer");
        headers.accept("X-Frame-Options", "DENY");
    }
}
