package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * One log line per request: method, path, status, duration and a request id, which the response carries as
 * {@code X-Request-Id} (a caller's own id is kept when it is a plain token of at most 64 characters). Only the path is
 * logged: never the query string, headers or body, where credentials travel. The answers floods are made of (429 and
 * 503) are counted instead, and summed up in one line every ten seconds: a flood of log lines would cost the service
 * more than the flood itself, and the metrics count them one by one anyway.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLogFilter implements Ordered {
    static final String HEADER = "X-Request-Id";
    private static final Logger LOG = LoggerFactory.getLogger("access-tokens.requests");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern SECRET_LIKE = Pattern.compile("sct_[0-9A-Za-z]+");
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";
    private static final String ID = RequestLogFilter.class.getName() + ".id";
    private final LongAdder tooMany = new LongAdder();
    private final LongAdder unavailable = new LongAdder();

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    /** The request's path with anything shaped like a token secret masked: a client may put one in a URL by mistake. */
    public static String loggablePath(HttpRequest<?> request) {
        return SECRET_LIKE.matcher(request.getPath()).replaceAll("sct_***");
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        String offered = request.getHeaders().get(HEADER);
        String id = offered != null && SAFE_ID.matcher(offered).matches() ? offered : newId();
        request.setAttribute(ID, id);
        request.setAttribute(STARTED, System.nanoTime());
    }

    /**
     * A random id in UUID form. It names a request in the logs, nothing more, so it needs no cryptographic randomness:
     * {@link UUID#randomUUID()} draws from one shared SecureRandom, a lock every request would queue on.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    @ResponseFilter
    void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(ID, String.class).orElse("-");
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        response.header(HEADER, id);
        int status = response.code();
        if (status == 429 || status == 503) {
            (status == 429 ? tooMany : unavailable).increment();
            return;
        }
        LOG.info("{} {} {} {}ms request_id={}", request.getMethodName(), loggablePath(request), status,
                (System.nanoTime() - started) / 1_000_000, id);
    }

    /** The refusals counted since the last summary, if any. */
    @Scheduled(fixedDelay = "10s")
    void summarize() {
        long refusedTooMany = tooMany.sumThenReset();
        long refusedUnavailable = unavailable.sumThenReset();
        if (refusedTooMany + refusedUnavailable > 0) {
            LOG.info("{} requests answered 429 and {} answered 503 in the last 10 s (not logged one by one)",
                    refusedTooMany, refusedUnavailable);
        }
    }
}
