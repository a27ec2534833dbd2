package io.sellercenter.accesstokens.adapter.web.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Holds the end-to-end traffic to the published contract, {@code api/openapi.yml}: every response to an API path, and
 * every request the service accepted, must be what the document says. Requests that the tests send broken on purpose
 * are refused by the service, and their refusals are checked instead.
 */
public final class ContractValidator {
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("..", "api", "openapi.yml").toAbsolutePath().toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    // Paths and methods that are not in the API at all (404, 405 tests) have nothing to check.
                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                    // The service checks credentials itself; "Token <t>" and the bare token are its own forms.
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private ContractValidator() {
    }

    public static void check(String method, URI uri, Map<String, List<String>> requestHeaders, String requestBody,
                      int status, HttpHeaders responseHeaders, String responseBody) {
        if (!uri.getPath().startsWith("/api/")) {
            return;
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getPath());
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null) {
            request.withBody(requestBody);
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                request.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        responseHeaders.map().forEach(response::withHeader);
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withBody(responseBody);
        }
        Request built = request.build();
        ValidationReport report = status < 400 && !isForm(requestHeaders)
                ? VALIDATOR.validate(built, response.build())
                : VALIDATOR.validateResponse(uri.getPath(), built.getMethod(), response.build());
        if (report.hasErrors()) {
            throw new AssertionError("Not what api/openapi.yml says: " + method + " " + uri.getPath() + " -> "
                    + status + "\n" + report.getMessages());
        }
    }

    /**
     * A form's values are all text, but the validator reads {@code 123} in one as a number and an empty one as null,
     * so an accepted form is held to the contract by its answer only.
     */
    private static boolean isForm(Map<String, List<String>> headers) {
        return headers.entrySet().stream().anyMatch(header -> header.getKey().equalsIgnoreCase("Content-Type")
                && header.getValue().stream().anyMatch(value -> value.startsWith("application/x-www-form-urlencoded")));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
