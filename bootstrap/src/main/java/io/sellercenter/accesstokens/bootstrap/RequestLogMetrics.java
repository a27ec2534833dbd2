package io.sellercenter.accesstokens.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/** The request log in the metrics: lines dropped because standard output took them too slowly. */
@Singleton
class RequestLogMetrics implements MeterBinder {
    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("access_tokens.request.log.dropped", this, metrics -> BufferedStdoutAppender.dropped())
                .description("Request log lines dropped because standard output took them too slowly")
                .register(registry);
    }
}
