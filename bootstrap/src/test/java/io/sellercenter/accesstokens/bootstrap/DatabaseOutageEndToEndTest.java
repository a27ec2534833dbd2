package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.StoppablePostgres;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back while the service runs: every call that needs it answers 503 with
 * Retry-After instead of hanging, readiness says down and liveness up, audit events wait, and everything works again
 * once the database is back, without a restart.
 */
class DatabaseOutageEndToEndTest {
    private static StoppablePostgres postgres;
    private static RunningService service;

    @BeforeAll
    static void start() {
        postgres = StoppablePostgres.started();
        service = RunningService.start(postgres.jdbcUrl(), Map.of());
    }

    @AfterAll
    static void stop() {
        service.close();
        postgres.close();
    }

    @Test
    void anOutageIsAnsweredAt503AndRecoveredFromWithoutARestart() throws Exception {
        SellerFixture seller = SellerFixture.create(service, service.signInAsOperator(), "Outage Co");
        String token = service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}").text("token");
        assertThat(service.get("/api/v1/me", "Bearer " + token).status()).isEqualTo(200);
        String userAgent = "outage-test/" + UUID.randomUUID();

        postgres.stop();
        try {
            Eventually.until("readiness says down", () -> service.get("/health/readiness", null).status() == 503);
            assertThat(service.get("/health/liveness", null).status()).isEqualTo(200);
            assertUnavailable(service.get("/api/v1/me", "Bearer " + token));
            assertUnavailable(service.post("/api/v1/access-tokens", seller.adminSession(),
                    "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}"));
            assertUnavailable(service.get("/api/v1/access-tokens", seller.adminSession()));
            assertUnavailable(service.login(seller.adminEmail(), SellerFixture.PASSWORD));
            for (int i = 0; i < 5; i++) {
                ApiClient.Reply malformed = service.get("/api/v1/me", "Bearer not-a-token",
                        Map.of("User-Agent", userAgent));
                assertThat(malformed.status()).as("a malformed token needs no database").isEqualTo(401);
            }
        } finally {
            postgres.start();
        }

        Eventually.until("the token works again", () -> service.get("/api/v1/me", "Bearer " + token).status() == 200);
        Eventually.until("ready again", () -> service.get("/health/readiness", null).status() == 200);
        assertThat(service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}").status()).isEqualTo(201);
        Eventually.until("the refusals of the outage are in the audit trail",
                () -> refusalsAuditedFor(userAgent) == 5);
    }

    private static void assertUnavailable(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isNotNull();
        assertThat(reply.text("type")).endsWith("/service-unavailable");
    }

    private static long refusalsAuditedFor(String userAgent) {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl());
             var query = connection.prepareStatement("SELECT coalesce(sum(occurrences), 0) FROM audit_event "
                     + "WHERE user_agent = ? AND outcome = 'MALFORMED'")) {
            query.setString(1, userAgent);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException notYet) {
            return -1;
        }
    }
}
