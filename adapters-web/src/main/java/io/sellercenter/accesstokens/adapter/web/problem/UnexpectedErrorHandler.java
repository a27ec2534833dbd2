package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.sellercenter.accesstokens.adapter.web.http.RequestLogFilter;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other handler expects: a plain 500. The log names only the kind of failure and the route, never its
 * message or stack, which may carry SQL or a value from the request.
 */
@Produces
@Singleton
class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
        LOG.error("Unexpected {} on {} {}", exception.getClass().getName(), request.getMethodName(),
                RequestLogFilter.loggablePath(request));
        return Problems.internalError();
    }
}
