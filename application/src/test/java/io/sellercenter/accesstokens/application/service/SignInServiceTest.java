package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.AuditEvent;
import io.sellercenter.accesstokens.application.port.in.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.SignedInUser;
import io.sellercenter.accesstokens.application.port.out.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.UserStore;
import io.sellercenter.accesstokens.domain.Email;
import io.sellercenter.accesstokens.domain.NewPassword;
import io.sellercenter.accesstokens.domain.Role;
import io.sellercenter.accesstokens.domain.SellerId;
import io.sellercenter.accesstokens.domain.UserAccount;
import io.sellercenter.accesstokens.domain.UserId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SignInServiceTest {
    /** Reversible stand-in for a slow hash, which records every check it is asked to make. */
    private static final class RecordingHasher implements PasswordHasher {
        final List<String> checkedHashes = new ArrayList<>();

        @Override
        public String hash(NewPassword password) {
            return "hashed:" + password.text();
        }

        @Override
        public boolean matches(CharSequence password, String hash) {
            checkedHashes.add(hash);
            return hash.equals("hashed:" + password);
        }
    }

    private final Map<Email, UserAccount> users = new HashMap<>();
    private final RecordingHasher hasher = new RecordingHasher();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final SignInService signIn = new SignInService(new UserStore() {
        @Override
        public boolean addIfEmailFree(UserAccount user) {
            return users.putIfAbsent(user.email(), user) == null;
        }

        @Override
        public Optional<UserAccount> findByEmail(Email email) {
            return Optional.ofNullable(users.get(email));
        }
    }, hasher, audit, () -> java.time.Instant.parse("2026-11-27T10:00:00Z"));

    private final UserAccount admin = new UserAccount(new UserId(UUID.randomUUID()), new Email("admin@acme.example"),
            Role.SELLER_ADMIN, new SellerId(UUID.randomUUID()), "hashed:the right password");

    @Test
    void rightPasswordSignsIn() {
        users.put(admin.email(), admin);

        Optional<SignedInUser> user = signIn.signIn(new SignInCommand("Admin@ACME.example", "the right password", null));

        assertThat(user).contains(SignedInUser.of(admin));
        assertThat(audit.recorded).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditEvent.Action.SIGN_IN);
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
        });
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedAndBothPayForAHashCheck() {
        users.put(admin.email(), admin);

        assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "a wrong password", null))).isEmpty();
        assertThat(signIn.signIn(new SignInCommand("nobody@acme.example", "a wrong password", null))).isEmpty();
        assertThat(signIn.signIn(new SignInCommand("not an email", "a wrong password", null))).isEmpty();

        assertThat(hasher.checkedHashes).hasSize(3);
        assertThat(audit.recorded).extracting(AuditEvent::outcome)
                .containsOnly(AuditEvent.Outcome.INVALID_CREDENTIALS).hasSize(3);
        assertThat(audit.recorded.get(0).actor()).isEqualTo("user:" + admin.id().value());
        assertThat(audit.recorded.get(0).sellerId()).isEqualTo(admin.sellerIdOrNull());
        assertThat(audit.recorded.get(1).actor()).isNull();
        assertThat(audit.recorded).allSatisfy(event -> assertThat(event.toString()).doesNotContain("wrong password"));
    }

    @Test
    void commandNeverPrintsItsPassword() {
        assertThat(new SignInCommand("a@b.example", "hunter2hunter2", null).toString()).doesNotContain("hunter2");
    }
}
