package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;

/**
 * Micronaut's {@link HealthResultFilter}, which gives a health answer the status of its result (503 when down), on
 * every path instead of on the health paths only. It does nothing to any other response, and costs a field read: a
 * filter with path patterns would make Micronaut match every request's path against them, and build and sort a new
 * list of filters for each request, where it otherwise takes one list made at start.
 */
@Replaces(HealthResultFilter.class)
@Requires(beans = HealthEndpoint.class)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class HealthStatusFilter {
    private final HealthResultFilter micronauts;

    HealthStatusFilter(HealthEndpoint health) {
        this.micronauts = new HealthResultFilter(health) {
        };
    }

    @ResponseFilter
    void statusOfTheHealthResult(MutableHttpResponse<?> response) {
        micronauts.doFilter(response);
    }
}
