package io.sellercenter.accesstokens.adapter.persistence.signin;

import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.application.port.out.contract.FailedSignInsContract;
import io.sellercenter.accesstokens.domain.account.SignInLockout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins in PostgreSQL keep the port's promises, shared by every node, and keep no e-mail in the clear. */
class FailedSignInPersistenceAdapterTest extends FailedSignInsContract {
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = PersistenceContext.start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Override
    protected FailedSignIns failures() {
        return context.getBean(FailedSignIns.class);
    }

    @Test
    void theAccountIsStoredOnlyAsItsSha256() throws Exception {
        String marker = UUID.randomUUID().toString();
        String account = "someone-" + marker + "@example.com";
        Instant now = Instant.now();
        failures().reserveAttempt(account, now, new SignInLockout(10, Duration.ofMinutes(15)));
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(account.getBytes(StandardCharsets.UTF_8)));

        try (var connection = DriverManager.getConnection(
                context.getRequiredProperty("datasources.default.url", String.class), "postgres", "");
             var byHash = connection.prepareStatement("SELECT failures FROM failed_sign_in WHERE account_hash = ?");
             var byText = connection.prepareStatement(
                     "SELECT count(*) FROM failed_sign_in row WHERE row::text LIKE ?")) {
            byHash.setString(1, expectedHash);
            try (var rows = byHash.executeQuery()) {
                assertThat(rows.next()).as("a row under the account's SHA-256").isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            byText.setString(1, "%" + marker + "%");
            try (var rows = byText.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as("rows holding the e-mail in the clear").isZero();
            }
        }
    }
}
