package io.sellercenter.accesstokens.adapter.web.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * What is observed of every request: one log line (method, path, status, duration and a request id, which the
 * response carries as {@code X-Request-Id}; a caller's own id is kept when it is a plain token of at most 64
 * characters) and one sample of the {@code http.server.requests} timer (by method, route template and status). Health
 * probes, which a kubelet sends every few seconds, are timed but not logged. Only the path is logged: never the query
 * string, headers or body, where credentials travel. The answers floods are made of (429 and 503) are counted instead
 * of logged, and summed up in one line every ten seconds: a flood of log lines would cost the service more than the
 * flood itself. The timers are kept per route and status, so that recording one costs a lookup and no allocation:
 * Micronaut's own web metrics, which build the meter anew on every request, cost a fifth of a token check's throughput
 * and are turned off.
 */
@Context
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLogFilter implements Ordered {
    static final String HEADER = "X-Request-Id";
    private static final Logger LOG = LoggerFactory.getLogger("access-tokens.requests");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern SECRET_LIKE = Pattern.compile("sct_[0-9A-Za-z]+");
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";
    private final LongAdder tooMany = new LongAdder();
    private final LongAdder unavailable = new LongAdder();
    private final MeterRegistry meters;
    private final boolean logRequests;
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    RequestLogFilter(MeterRegistry meters, @Value("${access-tokens.http.request-log:true}") boolean logRequests) {
        this.meters = meters;
        this.logRequests = logRequests;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    /** The request's path with anything shaped like a token secret masked: a client may put one in a URL by mistake. */
    public static String loggablePath(HttpRequest<?> request) {
        String path = request.getPath();
        return path.contains("sct_") ? SECRET_LIKE.matcher(path).replaceAll("sct_***") : path;
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, new Started(requestId(request.getHeaders().get(HEADER)), System.nanoTime()));
    }

    /** The id of a request that came with this {@value #HEADER} (or none): the caller's own when it is safe to log. */
    static String requestId(String offered) {
        return offered != null && SAFE_ID.matcher(offered).matches() ? offered : newId();
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
        Started started = request.getAttribute(STARTED).orElse(null) instanceof Started known ? known
                : new Started("-", System.nanoTime());
        String id = started.id();
        response.header(HEADER, id);
        int status = response.code();
        long elapsed = System.nanoTime() - started.nanos();
        timer(request, status).record(elapsed, TimeUnit.NANOSECONDS);
        if (status == 429 || status == 503) {
            (status == 429 ? tooMany : unavailable).increment();
            return;
        }
        log(request.getMethodName(), loggablePath(request), status, elapsed, id);
    }

    /**
     * Logs a request answered after {@code elapsedNanos}, unless request logging is off or it is a health probe. The
     * line is put together here, not from a message pattern and its arguments: no argument array, boxed numbers or
     * pattern scan on every request.
     */
    void log(String method, String loggablePath, int status, long elapsedNanos, String id) {
        if (logRequests && !loggablePath.startsWith("/health") && LOG.isInfoEnabled()) {
            LOG.info(new StringBuilder(64 + loggablePath.length()).append(method).append(' ').append(loggablePath)
                    .append(' ').append(status).append(' ').append(elapsedNanos / 1_000_000).append("ms request_id=")
                    .append(id).toString());
        }
    }

    private Timer timer(HttpRequest<?> request, int status) {
        String uri = BasicHttpAttributes.getUriTemplate(request).orElse(status == 404 ? "NOT_FOUND" : "UNKNOWN");
        return timer(request.getMethodName(), uri, status);
    }

    /** The {@code http.server.requests} timer of the requests to this route template answered with this status. */
    Timer timer(String method, String uri, int status) {
        return timers.computeIfAbsent(new TimerKey(method, uri, status), key -> Timer
                .builder("http.server.requests").description("HTTP requests served, by route and status")
                .tags("method", key.method(), "uri", key.uri(), "status", Integer.toString(key.status()))
                .register(meters));
    }

    private record TimerKey(String method, String uri, int status) {
    }

    /** The request's id and when it came, kept as one request attribute, read back without a conversion. */
    private record Started(String id, long nanos) {
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
