package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import jakarta.inject.Singleton;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the framework's own errors (unreadable JSON, wrong types, unknown fields, missing parameters, no such route,
 * wrong method or media type) into problem details. Their messages are never passed on: they can quote internals or
 * the request's own values, so the response names at most the offending field.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([A-Za-z0-9_]{1,64})]");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.status();
        MutableHttpResponse<Problem> problem = switch (status) {
            case BAD_REQUEST -> badRequest(context);
            case NOT_FOUND -> Problems.of(ProblemType.NOT_FOUND, "There is no such resource.");
            case UNAUTHORIZED -> Problems.of(ProblemType.UNAUTHORIZED, "Authentication is required.");
            case FORBIDDEN -> Problems.of(ProblemType.FORBIDDEN, "You may not do this.");
            case INTERNAL_SERVER_ERROR -> Problems.internalError();
            default -> Problems.ofStatus(status, status.getReason() + ".");
        };
        return base.body(problem.body()).contentType(Problems.PROBLEM_JSON);
    }

    private static MutableHttpResponse<Problem> badRequest(ErrorContext context) {
        Optional<InvalidInput> refused = refusedValue(context);
        if (refused.isPresent()) {
            return Problems.validation(List.of(new Problem.FieldError(refused.get().field(),
                    refused.get().reason())));
        }
        Optional<String> unknown = unknownProperty(context);
        if (unknown.isPresent()) {
            return Problems.validation(
                    List.of(new Problem.FieldError(unknown.get(), "is not a field of this request")));
        }
        Set<String> fields = new LinkedHashSet<>();
        for (Error error : context.getErrors()) {
            error.getPath().map(ProblemErrorResponseProcessor::fieldName).filter(f -> !f.isEmpty())
                    .ifPresent(fields::add);
        }
        fields.remove("body");
        if (!fields.isEmpty()) {
            return Problems.validation(fields.stream()
                    .map(f -> new Problem.FieldError(f, "is missing or has the wrong type or format")).toList());
        }
        return Problems.of(ProblemType.MALFORMED_REQUEST, "The request could not be read: its URL must be "
                + "percent-encoded correctly, and its body, if it has one, a JSON object with the documented fields "
                + "and types.");
    }

    /** A value our own reading of the request refused, with its field and a reason fit to show. */
    private static Optional<InvalidInput> refusedValue(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unknownProperty(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null) {
                Matcher matcher = UNKNOWN_PROPERTY.matcher(message);
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static String fieldName(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        return name.matches("[A-Za-z0-9_./\\[\\]]{1,64}") ? name : "";
    }
}
