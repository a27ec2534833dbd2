package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.resource.StaticResourceResolver;

/**
 * Answers {@code 404} for a path nothing serves (no route for any method, no file of the page), the answer to every
 * scanner's guesses ({@code /wp-login.php}, {@code /.env}). Left to Micronaut, each such request made it search all
 * its beans for an exception handler: 200 to 420 µs of CPU, fifteen to thirty times a token check. The answer is the
 * one the framework's path gave (see {@link ProblemErrorResponseProcessor}). A path served for another method is left
 * to Micronaut, for its {@code 405} and {@code Allow}. Runs after the security filter, which lets such paths through.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class NoSuchRouteFilter implements Ordered {
    private final Router router;
    private final StaticResourceResolver files;

    NoSuchRouteFilter(Router router, StaticResourceResolver files) {
        this.router = router;
        this.files = files;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> answerPathsNothingServes(HttpRequest<?> request) {
        if (RouteAttributes.getRouteMatch(request).isPresent() || !router.findAny(request).isEmpty()
                || files.resolve(request.getUri().getPath()).isPresent()) {
            return null;
        }
        return request.getMethod() == HttpMethod.HEAD ? HttpResponse.notFound()
                : Problems.of(ProblemType.NOT_FOUND, "There is no such resource.");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
