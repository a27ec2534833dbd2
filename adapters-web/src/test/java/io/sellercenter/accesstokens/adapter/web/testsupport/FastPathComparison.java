package io.sellercenter.accesstokens.adapter.web.testsupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application behind two servers, the fast paths on (the default) and off, for proving that a fast route answers
 * exactly as the pipeline does: asked the same, both give the same status, headers (but for the date and a fresh
 * request id), body, audit events and request log line, and the fast one takes the call only where it should.
 */
public final class FastPathComparison implements AutoCloseable {
    private static final Logger REQUESTS = (Logger) LoggerFactory.getLogger("access-tokens.requests");
    private final InMemoryApplication application;
    private final String path;
    private final WebAdapterServer fast;
    private final WebAdapterServer reference;

    /** Both servers on {@code application} with {@code properties}, comparing the fast route of {@code path}. */
    public FastPathComparison(InMemoryApplication application, String path, Map<String, Object> properties) {
        this.application = application;
        this.path = path;
        this.fast = WebAdapterServer.start(application, properties);
        Map<String, Object> off = new HashMap<>(properties);
        off.put("access-tokens.http.fast-paths", false);
        this.reference = WebAdapterServer.start(application, off);
    }

    public WebAdapterServer fast() {
        return fast;
    }

    public WebAdapterServer reference() {
        return reference;
    }

    /**
     * Makes {@code call} through both servers and compares what each answered, audited and logged; {@code taken}:
     * whether the fast path answers it.
     */
    public void assertTheSame(boolean taken, String description, Function<ApiClient, ApiClient.Reply> call) {
        Observed viaFastPath = observe(fast, call);
        Observed viaPipeline = observe(reference, call);

        assertThat(viaFastPath.fastAnswers()).as("taken by the fast path: %s", description).isEqualTo(taken ? 1 : 0);
        assertThat(viaPipeline.fastAnswers()).as("with the fast path off").isZero();
        Map<String, List<String>> fastHeaders = new HashMap<>(viaFastPath.answer().headers());
        Map<String, List<String>> pipelineHeaders = new HashMap<>(viaPipeline.answer().headers());
        if (!fastHeaders.get("x-request-id").equals(pipelineHeaders.get("x-request-id"))) {
            // Fresh ids, made apart: each must be one.
            assertThat(fastHeaders.remove("x-request-id")).singleElement().asString().hasSize(36);
            assertThat(pipelineHeaders.remove("x-request-id")).singleElement().asString().hasSize(36);
        }
        assertThat(new Answer(viaFastPath.answer().status(), fastHeaders, viaFastPath.answer().body()))
                .as(description)
                .isEqualTo(new Answer(viaPipeline.answer().status(), pipelineHeaders, viaPipeline.answer().body()));
        assertThat(viaFastPath.audited()).as("audited: %s", description).isEqualTo(viaPipeline.audited());
        assertThat(viaFastPath.logged()).as("logged: %s", description).isEqualTo(viaPipeline.logged());
    }

    /** How many requests {@code server} has answered ahead of the pipeline on the compared path. */
    public double fastAnswers(WebAdapterServer server) {
        return server.context().getBean(MeterRegistry.class).find("access_tokens.fast_path.answers").tag("path", path)
                .counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private Observed observe(WebAdapterServer server, Function<ApiClient, ApiClient.Reply> call) {
        double fastBefore = fastAnswers(server);
        int auditedBefore = application.audit.recordedSoon().size();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        REQUESTS.addAppender(log);
        ApiClient.Reply reply;
        try {
            reply = call.apply(server.client());
        } finally {
            REQUESTS.detachAppender(log);
        }
        Map<String, List<String>> headers = new HashMap<>(reply.headers().map());
        headers.remove("date");
        List<String> logged = log.list.stream().map(ILoggingEvent::getFormattedMessage)
                .map(line -> line.replaceAll(" \\d+ms request_id=[0-9a-f-]{36}$", " _ms request_id=_")
                        .replaceAll(" \\d+ms ", " _ms "))
                .toList();
        return new Observed(new Answer(reply.status(), headers, reply.body()), fastAnswers(server) - fastBefore,
                application.audit.recordedSoon().size() - auditedBefore, logged);
    }

    @Override
    public void close() {
        try {
            fast.close();
        } finally {
            reference.close();
        }
    }

    private record Answer(int status, Map<String, List<String>> headers, String body) {
    }

    private record Observed(Answer answer, double fastAnswers, int audited, List<String> logged) {
    }
}
