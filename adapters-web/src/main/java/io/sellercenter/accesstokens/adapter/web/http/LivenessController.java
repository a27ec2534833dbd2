package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Liveness from process state only: if this answers, the process is alive, and that is all a kubelet restarting
 * stuck pods should learn. Probed every few seconds by every kubelet, it costs next to nothing: Micronaut's own
 * {@code /health/liveness} runs its liveness indicators (a deadlock search among them) on every probe, at a
 * hundredth of the throughput. Readiness keeps its checks at {@code /health/readiness}. With a management port, the
 * health endpoint answers there instead. It answers on the event loop, with no hop to the blocking pool. Most probes
 * never reach it: {@link FastPaths} answers them the same way ahead of Micronaut's request pipeline, with
 * {@link LivenessProbes}' constant, and leaves this route the ones it does not take.
 */
@Hidden
@Controller(LivenessController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(missingProperty = "endpoints.all.port")
class LivenessController {
    static final String PATH = "/health/liveness";
    static final String UP = "{\"status\":\"UP\"}";

    @Get
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    String live() {
        return UP;
    }
}
