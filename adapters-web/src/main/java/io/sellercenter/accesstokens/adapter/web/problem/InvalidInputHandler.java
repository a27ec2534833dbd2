package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import jakarta.inject.Singleton;

import java.util.List;

/** A business rule refused a value of the request: 400, naming the field. */
@Produces
@Singleton
@Requires(classes = {InvalidInput.class, ExceptionHandler.class})
class InvalidInputHandler implements ExceptionHandler<InvalidInput, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidInput exception) {
        return Problems.validation(List.of(new Problem.FieldError(exception.field(), exception.reason())));
    }
}
