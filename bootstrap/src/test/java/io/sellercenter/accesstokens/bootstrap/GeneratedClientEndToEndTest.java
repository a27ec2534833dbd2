package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import io.sellercenter.accesstokens.client.ApiClient;
import io.sellercenter.accesstokens.client.ApiException;
import io.sellercenter.accesstokens.client.api.AccessTokensApi;
import io.sellercenter.accesstokens.client.api.AuditApi;
import io.sellercenter.accesstokens.client.api.CallerApi;
import io.sellercenter.accesstokens.client.api.IntrospectionApi;
import io.sellercenter.accesstokens.client.api.PlatformApi;
import io.sellercenter.accesstokens.client.api.SignInApi;
import io.sellercenter.accesstokens.client.model.AccessToken;
import io.sellercenter.accesstokens.client.model.AccessTokenPage;
import io.sellercenter.accesstokens.client.model.AddSellerUserRequest;
import io.sellercenter.accesstokens.client.model.AuditAction;
import io.sellercenter.accesstokens.client.model.AuditEvent;
import io.sellercenter.accesstokens.client.model.AuditOutcome;
import io.sellercenter.accesstokens.client.model.Caller;
import io.sellercenter.accesstokens.client.model.CreateSellerRequest;
import io.sellercenter.accesstokens.client.model.GenerateAccessTokenRequest;
import io.sellercenter.accesstokens.client.model.GeneratedAccessToken;
import io.sellercenter.accesstokens.client.model.IntrospectionResponse;
import io.sellercenter.accesstokens.client.model.RenewAccessTokenRequest;
import io.sellercenter.accesstokens.client.model.ScopeResource;
import io.sellercenter.accesstokens.client.model.Role;
import io.sellercenter.accesstokens.client.model.Seller;
import io.sellercenter.accesstokens.client.model.SellerUserRole;
import io.sellercenter.accesstokens.client.model.Session;
import io.sellercenter.accesstokens.client.model.SignInRequest;
import io.sellercenter.accesstokens.client.model.TokenCaller;
import io.sellercenter.accesstokens.client.model.TokenStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole flow through a Java client generated from api/openapi.yml during the build (openapi-generator, native
 * HTTP client), used as a consumer would use it: typed ids, instants and enums, no casts, no hand edits. The worked
 * example docs/api.md points consumers at.
 */
class GeneratedClientEndToEndTest {
    private static final String GATEWAY_SECRET = "generated-client-gateway-secret-0123456789";
    private static RunningService service;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        service = RunningService.start(PostgresDatabase.freshDatabaseUrl(),
                Map.of("access-tokens.introspection.clients.gateway.secret", GATEWAY_SECRET));
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aSellerAdminsWholeDayThroughTheGeneratedClient() throws ApiException {
        Map<String, String> operator = bearer(signIn(RunningService.OPERATOR_EMAIL, RunningService.OPERATOR_PASSWORD));
        PlatformApi platform = new PlatformApi(client);
        Seller seller = platform.createSeller(new CreateSellerRequest().name("Generated Goods"), operator);
        String adminEmail = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@seller.example";
        platform.addSellerUser(seller.getId(), new AddSellerUserRequest().email(adminEmail)
                .password("a long enough secret").role(SellerUserRole.ADMIN), operator);
        Map<String, String> admin = bearer(signIn(adminEmail, "a long enough secret"));
        OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.ofHours(2)).minusSeconds(1);

        AccessTokensApi tokens = new AccessTokensApi(client);
        OffsetDateTime validUntil = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.SECONDS);
        GeneratedAccessToken generated = tokens.generateAccessToken(
                new GenerateAccessTokenRequest().validUntil(validUntil).note("ERP sync"), admin);
        assertThat(generated.getStatus()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(generated.getValidUntil()).isEqualTo(validUntil);
        assertThat(generated.getCreatedBy()).isNotNull();

        CallerApi me = new CallerApi(client);
        for (String header : new String[]{"Bearer " + generated.getToken(), "Token " + generated.getToken(),
                generated.getToken()}) {
            Caller caller = me.getCaller(Map.of("Authorization", header));
            TokenCaller holder = caller.getTokenCaller();
            assertThat(holder.getTokenId()).isEqualTo(generated.getId());
            assertThat(holder.getSellerId()).isEqualTo(seller.getId());
            assertThat(holder.getSellerName()).isEqualTo("Generated Goods");
            assertThat(holder.getValidUntil()).isEqualTo(validUntil);
        }
        assertThat(me.getCaller(admin).getSessionCaller().getRole()).isEqualTo(Role.SELLER_ADMIN);

        AccessTokenPage active = tokens.listAccessTokens(TokenStatus.ACTIVE, 0, 10, admin);
        assertThat(active.getItems()).extracting(AccessToken::getId).containsExactly(generated.getId());
        assertThat(tokens.getTokenPolicy(admin).getMaxLifetimeSeconds()).isEqualTo(365L * 24 * 3600);
        assertThat(tokens.listScopes(admin).getItems()).extracting(ScopeResource::getResource)
                .contains("orders", "stock");

        GeneratedAccessToken scoped = tokens.generateAccessToken(new GenerateAccessTokenRequest()
                .validUntil(validUntil).scopes(List.of("stock:write")).allowedIps(List.of("127.0.0.1")), admin);
        assertThat(scoped.getScopes()).containsExactly("stock:read", "stock:write");
        assertThat(scoped.getAllowedIps()).containsExactly("127.0.0.1");
        assertThat(me.getCaller(Map.of("Authorization", "Bearer " + scoped.getToken())).getTokenCaller()
                .getScopes()).containsExactly("stock:read", "stock:write");

        IntrospectionApi introspection = new IntrospectionApi(client);
        Map<String, String> gateway = Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("gateway:" + GATEWAY_SECRET).getBytes(StandardCharsets.UTF_8)));
        IntrospectionResponse introspected = introspection.introspectToken(generated.getToken(), null, null, gateway);
        assertThat(introspected.getActive()).isTrue();
        assertThat(introspected.getJti()).isEqualTo(generated.getId());
        assertThat(introspected.getExp()).isEqualTo(validUntil.toEpochSecond());
        assertThat(introspected.getScope()).isEqualTo("*");
        IntrospectionResponse scopedAnswer = introspection.introspectToken(scoped.getToken(), null, "127.0.0.1",
                gateway);
        assertThat(scopedAnswer.getScope()).isEqualTo("stock:read stock:write");
        assertThat(scopedAnswer.getAllowedIps()).containsExactly("127.0.0.1");
        assertThat(introspection.introspectToken(scoped.getToken(), null, "198.51.100.1", gateway).getActive())
                .isFalse();

        AccessToken revoked = tokens.revokeAccessToken(generated.getId(), admin);
        assertThat(revoked.getStatus()).isEqualTo(TokenStatus.REVOKED);
        assertThat(revoked.getRevokedAt()).isEqualTo(revoked.getValidUntil());
        assertThatThrownBy(() -> me.getCaller(Map.of("Authorization", "Bearer " + generated.getToken())))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(401);
                    assertThat(refused.getResponseHeaders().firstValue("WWW-Authenticate"))
                            .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
                });
        assertThat(introspection.introspectToken(generated.getToken(), "access_token", null, gateway).getActive())
                .isFalse();

        GeneratedAccessToken second = tokens.generateAccessToken(
                new GenerateAccessTokenRequest().validUntil(validUntil), admin);
        OffsetDateTime renewedUntil = validUntil.plusDays(10);
        GeneratedAccessToken renewed = tokens.renewAccessToken(second.getId(),
                new RenewAccessTokenRequest().validUntil(renewedUntil), admin);
        assertThat(renewed.getValidUntil()).isEqualTo(renewedUntil);
        assertThat(tokens.getAccessToken(second.getId(), admin).getStatus()).isEqualTo(TokenStatus.REVOKED);
        assertThat(tokens.listAccessTokens(TokenStatus.REVOKED, null, null, admin).getItems())
                .extracting(AccessToken::getId).containsExactlyInAnyOrder(generated.getId(), second.getId());
        assertThat(renewed.getScopes()).containsExactly("*");

        Eventually.until("the refused call is in the trail", () -> {
            try {
                return !new AuditApi(client).listAuditEvents(generated.getId(),
                        AuditAction.TOKEN_AUTHENTICATION_FAILED, startedAt, null, null, null, admin).getItems()
                        .isEmpty();
            } catch (ApiException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(new AuditApi(client).listAuditEvents(null, null, startedAt, null, 0, 100, admin).getItems())
                .extracting(AuditEvent::getAction).contains(AuditAction.TOKEN_GENERATED, AuditAction.TOKEN_REVOKED,
                        AuditAction.TOKEN_RENEWED, AuditAction.TOKEN_AUTHENTICATION_FAILED);
        assertThat(new AuditApi(client).listAuditEvents(generated.getId(), AuditAction.TOKEN_AUTHENTICATION_FAILED,
                startedAt, null, null, null, admin).getItems()).singleElement()
                .satisfies(event -> assertThat(event.getOutcome()).isEqualTo(AuditOutcome.REVOKED));
    }

    @Test
    void aRefusalArrivesAsAProblemTheClientCanRead() {
        assertThatThrownBy(() -> new SignInApi(client).signIn(new SignInRequest().username("nobody@seller.example")
                .password("not-a-real-password")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(401);
                    assertThat(refused.getResponseBody()).contains("/problems/unauthorized");
                });
    }

    private static String signIn(String email, String password) throws ApiException {
        Session session = new SignInApi(client).signIn(new SignInRequest().username(email).password(password));
        assertThat(session.getTokenType()).isEqualTo(Session.TokenTypeEnum.BEARER);
        return session.getAccessToken();
    }

    private static Map<String, String> bearer(String session) {
        return Map.of("Authorization", "Bearer " + session);
    }
}
