package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import io.sellercenter.accesstokens.application.port.in.signin.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignInResult;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordWorkTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void pastItsWorkersAndQueueAHashIsRefusedAtOnceAndTheOthersFinish() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        PasswordHasher slow = new PasswordHasher() {
            @Override
            public String hash(NewPassword password) {
                return "hash";
            }

            @Override
            public boolean matches(CharSequence password, String hash) {
                started.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        };
        try (PasswordWork work = new PasswordWork(1, 1, 1.0)) {
            PasswordHasher bounded = work.bound(slow);
            CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> bounded.matches("a", "h"));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> bounded.matches("b", "h"));
            waitForQueued(work);

            assertThatThrownBy(() -> bounded.matches("c", "h")).isInstanceOfSatisfying(TemporarilyUnavailable.class,
                    refused -> assertThat(refused.retryAfter()).isEqualTo(PasswordWork.RETRY_AFTER));

            release.countDown();
            assertThat(running.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(queued.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(bounded.hash(new NewPassword("a long enough password"))).isEqualTo("hash");
        }
    }

    @Test
    void signInsPastThePoolsPlacesAreRefusedBeforeTheyCostAnything() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(2);
        AtomicInteger reached = new AtomicInteger();
        SignInUseCase slow = command -> {
            reached.incrementAndGet();
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SignInResult.Refused();
        };
        try (PasswordWork work = new PasswordWork(1, 1, 1.0)) {
            SignInUseCase admitted = work.admitting(slow);
            SignInCommand command = new SignInCommand("someone@example.com", "a password", null);
            CompletableFuture<SignInResult> first = CompletableFuture.supplyAsync(() -> admitted.signIn(command));
            CompletableFuture<SignInResult> second = CompletableFuture.supplyAsync(() -> admitted.signIn(command));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> admitted.signIn(command)).isInstanceOf(TemporarilyUnavailable.class);
            assertThat(reached).as("the refused one cost nothing").hasValue(2);
            assertThat(admitted.atCapacity()).as("a caller can tell before it tries").isPresent();
            assertThat(admitted.atCapacity().get().dependency()).isEqualTo("password-hashing");

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(SignInResult.Refused.class);
            assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(SignInResult.Refused.class);
            assertThat(admitted.atCapacity()).isEmpty();
            assertThat(admitted.signIn(command)).as("room again").isInstanceOf(SignInResult.Refused.class);
        }
    }

    /** An idle worker ends, and with it the memory its hashes kept; the next hash makes a new one. */
    @Test
    void aWorkerIdleForItsTimeEndsAndTheNextHashMakesANewOne() throws Exception {
        PasswordHasher named = new PasswordHasher() {
            @Override
            public String hash(NewPassword password) {
                return Thread.currentThread().getName();
            }

            @Override
            public boolean matches(CharSequence password, String hash) {
                return true;
            }
        };
        try (PasswordWork work = new PasswordWork(1, 1, 1.0, Duration.ofMillis(50))) {
            PasswordHasher bounded = work.bound(named);
            String first = bounded.hash(new NewPassword("a long enough password"));
            assertThat(first).isEqualTo("password-hashing-1");

            for (int i = 0; i < 3000 && work.liveWorkers() > 0; i++) {
                Thread.sleep(10);
            }
            assertThat(work.liveWorkers()).as("workers alive after being idle").isZero();
            assertThat(bounded.hash(new NewPassword("a long enough password"))).isEqualTo("password-hashing-2");
        }
    }

    @Test
    void leftUnsetItTakesHalfTheCoresAsFarAsAQuarterOfTheHeapHoldsTheirHashes() {
        long hash = 19 * MIB;
        assertThat(PasswordWork.workers(0, hash, 2, 256 * MIB)).isEqualTo(1);
        assertThat(PasswordWork.workers(0, hash, 8, 4096 * MIB)).isEqualTo(4);
        assertThat(PasswordWork.workers(0, hash, 64, 256 * MIB)).as("many cores, small heap").isEqualTo(3);
        assertThat(PasswordWork.workers(0, hash, 1, 256 * MIB)).as("at least one").isEqualTo(1);
        assertThat(PasswordWork.workers(0, hash))
                .isBetween(1, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    @Test
    void workersWhoseHashesWouldTakeMoreThanHalfTheHeapAreRefusedNamingTheSettings() {
        assertThat(PasswordWork.workers(6, 19 * MIB, 2, 256 * MIB)).as("114 of 256 MiB").isEqualTo(6);
        assertThatThrownBy(() -> PasswordWork.workers(64, 19 * MIB, 2, 256 * MIB))
                .hasMessage("access-tokens.passwords.workers (64) times the memory of a hash "
                        + "(access-tokens.passwords.argon2-memory-kib, 19 MiB) is 1216 MiB, more than half the heap "
                        + "(256 MiB): lower either or give the heap more (-Xmx)");
        assertThatThrownBy(() -> PasswordWork.workers(0, 200 * MIB, 2, 256 * MIB)).as("one hash too large")
                .hasMessageContaining("access-tokens.passwords.workers (1) times");
        assertThatThrownBy(() -> PasswordWork.workers(-1, 19 * MIB, 2, 256 * MIB))
                .hasMessage("access-tokens.passwords.workers must not be negative (0 is half the cores), was -1");
    }

    private static void waitForQueued(PasswordWork work) throws InterruptedException {
        var registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        work.bindTo(registry);
        for (int i = 0; i < 3000 && registry.get("access_tokens.password_hashing.waiting").gauge().value() < 1; i++) {
            Thread.sleep(10);
        }
        assertThat(registry.get("access_tokens.password_hashing.waiting").gauge().value()).isEqualTo(1.0);
    }
}
