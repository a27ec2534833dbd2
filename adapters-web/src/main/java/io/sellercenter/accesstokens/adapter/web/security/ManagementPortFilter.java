package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.sellercenter.accesstokens.adapter.web.problem.Problems;

import java.util.List;

/**
 * With a management port ({@code endpoints.all.port}), Micronaut serves its endpoints (health, Prometheus) there
 * only; this keeps the Swagger UI there too, so that the port exposed to the world serves the API, its contract
 * ({@code /openapi.yml}) and the page, and nothing about the service itself. Elsewhere those paths are 404.
 */
@Context
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "endpoints.all.port")
class ManagementPortFilter {
    private static final List<String> MANAGEMENT_PATHS = List.of("/swagger-ui", "/swagger/");

    private final int managementPort;

    ManagementPortFilter(@Value("${endpoints.all.port}") int managementPort) {
        this.managementPort = managementPort;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> onlyOnTheManagementPort(HttpRequest<?> request) {
        String path = request.getPath();
        boolean management = MANAGEMENT_PATHS.stream().anyMatch(path::startsWith);
        if (management && request.getServerAddress().getPort() != managementPort) {
            return Problems.ofStatus(HttpStatus.NOT_FOUND, "There is no such resource.");
        }
        return null;
    }
}
