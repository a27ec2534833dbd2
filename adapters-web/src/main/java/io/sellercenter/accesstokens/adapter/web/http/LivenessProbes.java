package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Requires;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Liveness probes, answered by {@link FastPaths} with {@link LivenessController}'s constant: a kubelet probes every pod
 * every few seconds, and routing a constant through the framework's pipeline cost twice the CPU of Micronaut's own
 * bare route. Not logged, as health probes never are; the route is anonymous, so no security filter is skipped. With a
 * management port, neither is on the main port.
 */
@Singleton
@Requires(missingProperty = "endpoints.all.port")
class LivenessProbes implements FastRoute {
    private static final FastAnswer UP = new FastAnswer(LivenessController.UP.getBytes(StandardCharsets.US_ASCII),
            Map.of());

    @Override
    public String path() {
        return LivenessController.PATH;
    }

    @Override
    public boolean takesQueries() {
        return true;
    }

    /** Probes come from the kubelet, wherever it runs: no operator's address pattern holds them back. */
    @Override
    public boolean answersPastOperatorRules() {
        return true;
    }

    @Override
    public FastAnswer answer(HttpRequest request, String body, InetSocketAddress peer) {
        return UP;
    }
}
