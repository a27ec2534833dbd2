package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.bootstrap.fuzz.Json;
import io.sellercenter.accesstokens.bootstrap.fuzz.SchemaValues;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a contract-driven fuzzer does, in the build: requests made from api/openapi.yml's own schemas (mostly valid,
 * often not, sometimes hostile) against the whole service on PostgreSQL, with the credentials each operation needs
 * (and sometimes none or bad ones). Every answer must be documented and shaped as the contract says (the client
 * checks), never a 5xx, and no request the contract forbids may be accepted. At least a quarter of the requests must
 * be accepted, so that the fuzzing reaches past validation into the business logic.
 */
class ContractFuzzTest {
    private static final OpenAPI CONTRACT = new OpenAPIV3Parser()
            .read(Path.of("..", "api", "openapi.yml").toAbsolutePath().toString());
    private static final SchemaValues VALUES = new SchemaValues(CONTRACT);
    private static final String GATEWAY_SECRET = "fuzz-gateway-secret-0123456789-0123456789";
    private static RunningService service;
    private static Map<String, String> credentials;
    private static String tokenId;
    private static String sellerId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(PostgresDatabase.freshDatabaseUrl(),
                Map.of("access-tokens.introspection.clients.gateway.secret", GATEWAY_SECRET));
        String operator = service.signInAsOperator();
        SellerFixture seller = SellerFixture.create(service, operator, "Fuzzed Co");
        ApiClient.Reply generated = service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(300) + "\"}");
        tokenId = generated.text("id");
        sellerId = seller.sellerId();
        credentials = Map.of(
                "admin", seller.adminSession(),
                "operator", operator,
                "accessToken", "Bearer " + generated.text("token"),
                "introspectionClient", "Basic " + Base64.getEncoder()
                        .encodeToString(("gateway:" + GATEWAY_SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    @Property(tries = 1200, shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void everyAnswerIsDocumentedAndNoneIsAServerError(@ForAll("requests") Request request) {
        ApiClient.Reply reply = request.send(service.client());

        assertThat(reply.status()).as(request + " -> " + reply).isLessThan(500);
        Statistics.collect(reply.status() < 300 ? "accepted" : "refused");
        Statistics.coverage(coverage -> {
            coverage.check("accepted").percentage(share -> share >= 25);
            coverage.check("refused").percentage(share -> share >= 25);
        });
    }

    @Provide
    Arbitrary<Request> requests() {
        List<Arbitrary<Request>> operations = new ArrayList<>();
        CONTRACT.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(requestsFor(method, template, operation))));
        return Arbitraries.oneOf(operations);
    }

    private static Arbitrary<Request> requestsFor(PathItem.HttpMethod method, String template, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Arbitrary<String> path = Arbitraries.just(template);
        for (Parameter parameter : parameters) {
            if ("path".equals(parameter.getIn())) {
                String placeholder = "{" + parameter.getName() + "}";
                String known = parameter.getName().equals("sellerId") ? sellerId : tokenId;
                Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(known)),
                        Tuple.of(3, Arbitraries.create(() -> UUID.randomUUID().toString())),
                        Tuple.of(1, Arbitraries.of("x", "123", "00000000-0000-0000-0000-00000000000g", "%20")));
                path = path.flatMap(p -> value.map(v -> p.replace(placeholder, encode(v))));
            }
        }
        Arbitrary<String> query = Arbitraries.just("");
        for (Parameter parameter : parameters) {
            if ("query".equals(parameter.getIn())) {
                Arbitrary<String> value = Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just("")),
                        Tuple.of(1, VALUES.of(parameter.getSchema()).map(v -> v == null ? ""
                                : "&" + parameter.getName() + "=" + encode(v instanceof String text ? text
                                : Json.write(v)))));
                query = query.flatMap(q -> value.map(v -> q + v));
            }
        }
        Arbitrary<String> body = body(operation);
        Arbitrary<String> authorization = authorization(template, operation);
        return Combinators.combine(path, query, body, authorization).as((p, q, b, a) -> new Request(method.name(),
                q.isEmpty() ? p : p + "?" + q.substring(1), b, form(operation), a));
    }

    private static Arbitrary<String> body(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Arbitraries.just(null);
        }
        Map.Entry<String, MediaType> content = operation.getRequestBody().getContent().entrySet().iterator().next();
        @SuppressWarnings("rawtypes")
        Schema schema = content.getValue().getSchema();
        Arbitrary<String> valued;
        if (content.getKey().contains("form")) {
            valued = VALUES.of(schema).map(value -> value instanceof Map<?, ?> fields ? formOf(fields) : "token=x");
        } else {
            valued = VALUES.of(schema).map(Json::write);
        }
        return Arbitraries.frequencyOf(Tuple.of(19, valued),
                Tuple.of(1, Arbitraries.of("", "{", "[1,2]", "null", "\"text\"", "{\"a\":{\"b\":[]}}")));
    }

    /** The credentials the operation asks for, mostly; sometimes none, or ones that are not accepted. */
    private static Arbitrary<String> authorization(String template, Operation operation) {
        List<String> schemes = new ArrayList<>();
        if (operation.getSecurity() != null) {
            operation.getSecurity().forEach(requirement -> schemes.addAll(requirement.keySet()));
        }
        if (schemes.isEmpty()) {
            return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(null)),
                    Tuple.of(1, Arbitraries.just(credentials.get("accessToken"))));
        }
        List<String> proper = schemes.stream().map(scheme -> switch (scheme) {
            case "session" -> template.startsWith("/api/v1/platform") ? credentials.get("operator")
                    : credentials.get("admin");
            default -> credentials.get(scheme);
        }).toList();
        return Arbitraries.frequencyOf(Tuple.of(17, Arbitraries.of(proper)),
                Tuple.of(2, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of("Bearer nonsense", "Basic !!!", "Basic JXp6Ong=", "Token ",
                        "Bearer a.b.c", "sct_" + "A".repeat(36))));
    }

    private static boolean form(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream().anyMatch(type -> type.contains("form"));
    }

    /** A form cannot say null: a field generated as null is left out. */
    private static String formOf(Map<?, ?> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (value != null) {
                pairs.add(encode(String.valueOf(name)) + "=" + encode(value instanceof String text ? text
                        : Json.write(value)));
            }
        });
        return String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One request as the fuzzer makes it. */
    record Request(String method, String path, String body, boolean form, String authorization) {
        ApiClient.Reply send(ApiClient client) {
            return switch (method) {
                case "GET" -> client.get(path, authorization);
                case "DELETE" -> client.delete(path, authorization);
                default -> form ? client.postForm(path, authorization, body == null ? "" : body)
                        : client.post(path, authorization, body);
            };
        }

        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body) + (authorization == null ? " (anonymous)"
                    : " (" + authorization.substring(0, Math.min(12, authorization.length())) + "…)");
        }
    }
}
