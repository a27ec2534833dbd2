package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.service.signin.SignInService;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.application.port.in.signin.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignInResult;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.account.UserStore;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SignInLockout;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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
    private final InMemoryFailedSignIns failures = new InMemoryFailedSignIns();
    private final Fakes.Clock clock = new Fakes.Clock(Instant.parse("2026-11-27T10:00:00Z"));
    private final List<String> journal = new ArrayList<>();
    private final Fakes.CountingTransactions transactions = new Fakes.CountingTransactions(journal);
    private final SignInService signIn = new SignInService(new UserStore() {
        @Override
        public boolean addIfEmailFree(UserAccount user) {
            return users.putIfAbsent(user.email(), user) == null;
        }

        @Override
        public Optional<UserAccount> findByEmail(Email email) {
            return Optional.ofNullable(users.get(email));
        }
    }, hasher, failures, new SignInLockout(3, Duration.ofMinutes(15)), audit, clock, transactions);

    private final UserAccount admin = new UserAccount(new UserId(UUID.randomUUID()), new Email("admin@acme.example"),
            Role.SELLER_ADMIN, new SellerId(UUID.randomUUID()), "hashed:the right password");

    @Test
    void rightPasswordSignsIn() {
        users.put(admin.email(), admin);

        SignInResult result = signIn.signIn(new SignInCommand("Admin@ACME.example", "the right password", null));

        assertThat(result).isEqualTo(new SignInResult.SignedIn(UserProfile.of(admin)));
        assertThat(transactions.count).isEqualTo(1);
        assertThat(audit.recorded).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditEvent.Action.SIGN_IN);
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
        });
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedAndBothPayForAHashCheck() {
        users.put(admin.email(), admin);

        assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "a wrong password", null)))
                .isInstanceOf(SignInResult.Refused.class);
        assertThat(signIn.signIn(new SignInCommand("nobody@acme.example", "a wrong password", null)))
                .isInstanceOf(SignInResult.Refused.class);
        assertThat(signIn.signIn(new SignInCommand("not an email", "a wrong password", null)))
                .isInstanceOf(SignInResult.Refused.class);

        assertThat(hasher.checkedHashes).hasSize(3);
        assertThat(audit.recorded).extracting(AuditEvent::outcome)
                .containsOnly(AuditEvent.Outcome.INVALID_CREDENTIALS).hasSize(3);
        assertThat(audit.recorded.get(0).actor()).isEqualTo("user:" + admin.id().value());
        assertThat(audit.recorded.get(0).sellerId()).isEqualTo(admin.sellerIdOrNull());
        assertThat(audit.recorded.get(1).actor()).isNull();
        assertThat(audit.recorded).allSatisfy(event -> assertThat(event.toString()).doesNotContain("wrong password"));
    }

    @Test
    void failuresInARowLockTheAccountOutWithoutCheckingThePasswordUntilTheLockoutEnds() {
        users.put(admin.email(), admin);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "guess " + i, null)))
                    .isInstanceOf(SignInResult.Refused.class);
        }
        Instant lastFailure = clock.now();
        int checksSoFar = hasher.checkedHashes.size();

        clock.advance(Duration.ofMinutes(5));
        SignInResult locked = signIn.signIn(new SignInCommand("ADMIN@acme.example ", "the right password", null));

        assertThat(locked).isEqualTo(new SignInResult.LockedOut(lastFailure.plus(Duration.ofMinutes(15))));
        assertThat(hasher.checkedHashes).hasSize(checksSoFar);
        assertThat(audit.recordedSoon).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.TOO_MANY_ATTEMPTS);
            assertThat(event.actor()).isEqualTo("user:" + admin.id().value());
        });

        clock.advance(Duration.ofMinutes(10));
        assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "the right password", null)))
                .isInstanceOf(SignInResult.SignedIn.class);
        assertThat(failures.rows).isEmpty();
    }

    @Test
    void unknownAccountsAreLockedOutAlikeSoThatALockoutRevealsNothing() {
        for (int i = 0; i < 3; i++) {
            signIn.signIn(new SignInCommand("nobody@acme.example", "guess " + i, null));
        }

        assertThat(signIn.signIn(new SignInCommand("nobody@acme.example", "guess", null)))
                .isInstanceOf(SignInResult.LockedOut.class);
        assertThat(signIn.signIn(new SignInCommand("somebody-else@acme.example", "guess", null)))
                .isInstanceOf(SignInResult.Refused.class);
    }

    @Test
    void failuresFurtherApartThanTheLockoutStartANewRow() {
        users.put(admin.email(), admin);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(16));
            assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "guess " + i, null)))
                    .isInstanceOf(SignInResult.Refused.class);
        }
        assertThat(failures.rows.get("admin@acme.example").failures()).isEqualTo(1);
    }

    @Test
    void aFailureCountsInTheSameTransactionAsItsAuditEvent() {
        signIn.signIn(new SignInCommand("nobody@acme.example", "guess", null));

        assertThat(transactions.count).isEqualTo(1);
        assertThat(failures.rows).containsOnlyKeys("nobody@acme.example");
        assertThat(audit.recorded).hasSize(1);
    }

    @Test
    void commandNeverPrintsItsPassword() {
        assertThat(new SignInCommand("a@b.example", "hunter2hunter2", null).toString()).doesNotContain("hunter2");
    }
}
