package io.sellercenter.accesstokens.application.service.signin;

import io.sellercenter.accesstokens.application.fake.FastPasswordHasher;
import io.sellercenter.accesstokens.application.fake.InMemoryAuditTrail;
import io.sellercenter.accesstokens.application.fake.InMemoryFailedSignIns;
import io.sellercenter.accesstokens.application.fake.InMemoryUserStore;
import io.sellercenter.accesstokens.application.fake.JournalingTransactions;
import io.sellercenter.accesstokens.application.fake.ManualClock;
import io.sellercenter.accesstokens.application.fake.SeededRandom;
import io.sellercenter.accesstokens.application.port.in.signin.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignInResult;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SignInLockout;
import io.sellercenter.accesstokens.domain.account.UserAccount;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SignInServiceTest {
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final FastPasswordHasher hasher = new FastPasswordHasher();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryFailedSignIns failures = new InMemoryFailedSignIns();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final JournalingTransactions transactions = new JournalingTransactions(new ArrayList<>());
    private final SignInService signIn = new SignInService(users, hasher, failures,
            new SignInLockout(3, Duration.ofMinutes(15)), audit, clock, transactions, new SeededRandom());

    private final UserAccount admin = new UserAccount(new UserId(UUID.randomUUID()), new Email("admin@acme.example"),
            Role.SELLER_ADMIN, new SellerId(UUID.randomUUID()), hasher.hash(new NewPassword("the right password")));

    @Test
    void rightPasswordSignsIn() {
        users.addIfEmailFree(admin);

        SignInResult result = signIn.signIn(new SignInCommand("Admin@ACME.example", "the right password", null));

        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.user()).isEqualTo(UserProfile.of(admin));
            assertThat(signedIn.session()).isNotNull();
        });
        assertThat(transactions.count()).isEqualTo(1);
        assertThat(audit.recorded()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditEvent.Action.SIGN_IN);
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
        });
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedAndBothPayForAHashCheck() {
        users.addIfEmailFree(admin);

        assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "a wrong password", null)))
                .isInstanceOf(SignInResult.Refused.class);
        assertThat(signIn.signIn(new SignInCommand("nobody@acme.example", "a wrong password", null)))
                .isInstanceOf(SignInResult.Refused.class);
        assertThat(signIn.signIn(new SignInCommand("not an email", "a wrong password", null)))
                .isInstanceOf(SignInResult.Refused.class);

        assertThat(hasher.checkedHashes()).hasSize(3);
        assertThat(audit.recorded()).extracting(AuditEvent::outcome)
                .containsOnly(AuditEvent.Outcome.INVALID_CREDENTIALS).hasSize(3);
        assertThat(audit.recorded().get(0).actor()).isEqualTo("user:" + admin.id().value());
        assertThat(audit.recorded().get(0).sellerId()).isEqualTo(admin.sellerIdOrNull());
        assertThat(audit.recorded().get(1).actor()).isNull();
        assertThat(audit.recorded()).allSatisfy(event -> assertThat(event.toString()).doesNotContain("wrong password"));
    }

    @Test
    void theDecoyIsMadeByTheFirstSignInWhoeverItIsNotAtStart() {
        users.addIfEmailFree(admin);
        int before = hasher.hashesMade();
        SignInService fresh = new SignInService(users, hasher, failures, new SignInLockout(3, Duration.ofMinutes(15)),
                audit, clock, transactions, new SeededRandom());
        assertThat(hasher.hashesMade()).isEqualTo(before);

        fresh.signIn(new SignInCommand("admin@acme.example", "the right password", null));
        assertThat(hasher.hashesMade()).isEqualTo(before + 1);

        fresh.signIn(new SignInCommand("nobody@acme.example", "a wrong password", null));
        fresh.signIn(new SignInCommand("admin@acme.example", "a wrong password", null));
        assertThat(hasher.hashesMade()).isEqualTo(before + 1);
        assertThat(hasher.checkedHashes()).containsExactly(admin.passwordHash(), hasher.checkedHashes().get(1),
                admin.passwordHash());
        assertThat(hasher.checkedHashes().get(1)).isNotEqualTo(admin.passwordHash());
    }

    @Test
    void failuresInARowLockTheAccountOutWithoutCheckingThePasswordUntilTheLockoutEnds() {
        users.addIfEmailFree(admin);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "guess " + i, null)))
                    .isInstanceOf(SignInResult.Refused.class);
        }
        Instant lastFailure = clock.now();
        int checksSoFar = hasher.checkedHashes().size();

        clock.advance(Duration.ofMinutes(5));
        SignInResult locked = signIn.signIn(new SignInCommand("ADMIN@acme.example ", "the right password", null));

        assertThat(locked).isEqualTo(new SignInResult.LockedOut(lastFailure.plus(Duration.ofMinutes(15))));
        assertThat(hasher.checkedHashes()).hasSize(checksSoFar);
        assertThat(audit.recordedSoon()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.TOO_MANY_ATTEMPTS);
            assertThat(event.actor()).isEqualTo("user:" + admin.id().value());
        });

        clock.advance(Duration.ofMinutes(10));
        assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "the right password", null)))
                .isInstanceOf(SignInResult.SignedIn.class);
        assertThat(failures.find("admin@acme.example")).isEmpty();
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
        users.addIfEmailFree(admin);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(16));
            assertThat(signIn.signIn(new SignInCommand("admin@acme.example", "guess " + i, null)))
                    .isInstanceOf(SignInResult.Refused.class);
        }
        assertThat(failures.find("admin@acme.example").orElseThrow().failures()).isEqualTo(1);
    }

    @Test
    void aSuccessEndsTheRowInTheSameTransactionAsItsAuditEvent() {
        users.addIfEmailFree(admin);
        signIn.signIn(new SignInCommand("admin@acme.example", "a wrong password", null));
        int before = transactions.count();

        signIn.signIn(new SignInCommand("admin@acme.example", "the right password", null));

        assertThat(transactions.count()).isEqualTo(before + 1);
        assertThat(failures.find("admin@acme.example")).isEmpty();
        assertThat(audit.recorded()).extracting(AuditEvent::outcome)
                .containsExactly(AuditEvent.Outcome.INVALID_CREDENTIALS, AuditEvent.Outcome.SUCCESS);
    }

    @Test
    void parallelGuessesNeverGetPastTheLockout() throws Exception {
        users.addIfEmailFree(admin);
        ExecutorService attackers = Executors.newFixedThreadPool(8);
        List<Callable<SignInResult>> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String guess = "guess " + i;
            guesses.add(() -> signIn.signIn(new SignInCommand("admin@acme.example", guess, null)));
        }
        List<SignInResult> results = new ArrayList<>();
        try {
            for (Future<SignInResult> result : attackers.invokeAll(guesses)) {
                results.add(result.get());
            }
        } finally {
            attackers.shutdown();
        }

        assertThat(hasher.checkedHashes()).as("passwords checked").hasSize(3);
        assertThat(results).filteredOn(SignInResult.Refused.class::isInstance).hasSize(3);
        assertThat(results).filteredOn(SignInResult.LockedOut.class::isInstance).hasSize(37);
    }

    @Test
    void commandNeverPrintsItsPassword() {
        assertThat(new SignInCommand("a@b.example", "hunter2hunter2", null).toString()).doesNotContain("hunter2");
    }
}
