package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.bootstrap.extending.ReplacementPasswordHasher;
import io.sellercenter.accesstokens.bootstrap.extending.ReplacementTokenStore;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What docs/extending.md promises: configuration alone puts a team's adapter in the place of ours. */
class ReplacingAnAdapterTest {

    @Test
    void aTeamsStoreAndHasherReplaceOursWhenConfiguredAndTheServiceWorksOnThem() {
        try (RunningService service = RunningService.start(PostgresDatabase.freshDatabaseUrl(),
                Map.of("extending-test.store", "memory", "extending-test.hasher", "fast"))) {
            AccessTokenStore store = service.context().getBean(AccessTokenStore.class);
            assertThat(store).isInstanceOf(ReplacementTokenStore.class);
            assertThat(service.context().getBean(PasswordHasher.class)).isInstanceOf(ReplacementPasswordHasher.class);
            SellerFixture seller = SellerFixture.create(service, service.signInAsOperator(), "Extended Co");

            String token = service.post("/api/v1/access-tokens", seller.adminSession(),
                    "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}").text("token");

            assertThat(((ReplacementTokenStore) store).all()).hasSize(1);
            assertThat(service.get("/api/v1/me", "Bearer " + token).status()).isEqualTo(200);
        }
    }

    @Test
    void withoutTheSettingOursStay() {
        try (RunningService service = RunningService.start(PostgresDatabase.freshDatabaseUrl(), Map.of())) {
            assertThat(service.context().getBean(AccessTokenStore.class))
                    .isNotInstanceOf(ReplacementTokenStore.class);
            assertThat(service.context().getBean(PasswordHasher.class))
                    .isNotInstanceOf(ReplacementPasswordHasher.class);
        }
    }
}
