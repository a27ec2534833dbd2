package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
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
        Problem problem = switch (status) {
            case BAD_REQUEST -> badRequest(context);
            case NOT_FOUND -> Problems.body(status, "not-found", "Not found", "There is no such resource.", null);
            case UNAUTHORIZED -> Problems.body(status, "unauthorized", "Unauthorized", "Authentication is required.",
                    null);
            case FORBIDDEN -> Problems.body(status, "forbidden", "Forbidden", "You may not do this.", null);
            case INTERNAL_SERVER_ERROR -> Problems.body(status, "internal-error", "Internal error",
                    "Something went wrong on our side. Please try again later.", null);
            default -> Problems.ofStatus(status, status.getReason() + ".").body();
        };
        return base.body(problem).contentType(Problems.PROBLEM_JSON);
    }

    private static Problem badRequest(ErrorContext context) {
        Optional<String> unknown = unknownProperty(context);
        if (unknown.isPresent()) {
            return Problems.body(HttpStatus.BAD_REQUEST, "validation-failed", "Request validation failed",
                    "One or more fields are invalid; see errors.",
                    List.of(new Problem.FieldError(unknown.get(), "is not a field of this request")));
        }
        Set<String> fields = new LinkedHashSet<>();
        for (Error error : context.getErrors()) {
            error.getPath().map(ProblemErrorResponseProcessor::fieldName).filter(f -> !f.isEmpty())
                    .ifPresent(fields::add);
        }
        fields.remove("body");
        if (!fields.isEmpty()) {
            return Problems.body(HttpStatus.BAD_REQUEST, "validation-failed", "Request validation failed",
                    "One or more fields are invalid; see errors.",
                    fields.stream().map(f -> new Problem.FieldError(f, "is missing or has the wrong type or format"))
                            .toList());
        }
        return Problems.body(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request could not be read: send a JSON object with the documented fields and types.", null);
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
