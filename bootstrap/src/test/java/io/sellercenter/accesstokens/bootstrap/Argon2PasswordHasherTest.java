package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.application.port.out.account.PasswordHasher;
import io.sellercenter.accesstokens.application.port.out.contract.PasswordHasherContract;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Argon2id keeps the password hasher's promises, and a hash keeps the settings it was made with. */
class Argon2PasswordHasherTest extends PasswordHasherContract {
    private static final String PASSWORD = "correct horse battery staple";
    // Cheap settings keep the test quick; the production settings run the same code.
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(1024, 1);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void aHashIsArgon2idAndSaysWhichSettingsMadeIt() {
        assertThat(hasher.hash(new NewPassword(PASSWORD))).matches(
                "\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void aHashMadeWithOtherSettingsStillMatchesAfterTheSettingsChange() {
        String older = new Argon2PasswordHasher(2048, 2).hash(new NewPassword(PASSWORD));

        assertThat(hasher.matches(PASSWORD, older)).isTrue();
        assertThat(hasher.matches(PASSWORD + "r", older)).isFalse();
    }

    /** Written by the reference implementation's {@code argon2} command (Debian's argon2 0~20171227). */
    @Test
    void hashesOfTheReferenceImplementationMatch() {
        for (String reference : new String[]{
                "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$RC5JY/00hXKlnXZ/+PCVcJg84nuCQwbjIQ3DVCTomOQ",
                "$argon2id$v=19$m=2048,t=1,p=2$c2FsdHNhbHRzYWx0c2FsdA$rLmSEIgXblzTvoYZwZ7XyzDsk5yxaIRka2VoS2xmpo4",
                "$argon2id$v=16$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$/lrYMqDMfr+0rS1O5YmasxAeBkLXyDGZ+AJ/VK+asgo",
                "$argon2i$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JF78OUvdmbggkkgWCqFjhcxG5xd0G3ti7DGo3g8NOiA"}) {
            assertThat(hasher.matches(PASSWORD, reference)).as(reference).isTrue();
            assertThat(hasher.matches(PASSWORD + " ", reference)).as(reference).isFalse();
        }
        String unicode = "$argon2id$v=19$m=1024,t=1,p=1$YW5vdGhlcnNhbHQxMjM0NQ$s26aJnnjpQ573DHTy1y2K0Tg11lKOHOiXEuzR67tshI";
        assertThat(hasher.matches("pässwörd ünicode", unicode)).isTrue();
    }

    /** Hashes stored before this hasher, written by password4j 1.8.4, still sign their users in. */
    @Test
    void hashesOfTheHasherBeforeMatch() {
        assertThat(hasher.matches(PASSWORD, "$argon2id$v=19$m=1024,t=2,p=1$7n9W0VWQvL/aNLUnMmDLlQ"
                + "$+iCEtz+zZ94RkqG0xugjWSsl7v462McU2P0eHAZca44")).isTrue();
        assertThat(hasher.matches("pässwörd ünicode", "$argon2id$v=19$m=1024,t=1,p=1$Njynde13tgghNoBTJ/FxRA"
                + "$8JGyVXq2+iSuee3cQKDGFPEgPcmc2jg8M/I1hfjMHDo")).isTrue();
    }

    @Test
    void aHashAskingForMoreThanThisServiceWouldGiveMatchesNothing() {
        String salt = "c2FsdHNhbHRzYWx0c2FsdA";
        String hash = "RC5JY/00hXKlnXZ/+PCVcJg84nuCQwbjIQ3DVCTomOQ";
        for (String costs : new String[]{"m=4194304,t=2,p=1", "m=1024,t=1000000,p=1", "m=1024,t=2,p=255",
                "m=1024,t=0,p=1", "m=1024,t=2", "t=2,m=1024,p=1"}) {
            assertThat(hasher.matches(PASSWORD, "$argon2id$v=19$" + costs + "$" + salt + "$" + hash)).as(costs).isFalse();
        }
        assertThat(hasher.matches(PASSWORD, "$argon2id$v=18$m=1024,t=2,p=1$" + salt + "$" + hash)).isFalse();
        assertThat(hasher.matches(PASSWORD, "$argon2x$v=19$m=1024,t=2,p=1$" + salt + "$" + hash)).isFalse();
        assertThat(hasher.matches(PASSWORD, "$argon2id$v=19$m=1024,t=2,p=1$c2FsdA$" + hash)).as("short salt").isFalse();
        assertThat(hasher.matches(PASSWORD, "$argon2id$v=19$m=1024,t=2,p=1$" + salt + "$RC5JY/00hXKl")).isFalse();
    }

    /**
     * Each hash needs its whole memory cost at once, but takes it from the pool the hashes before it gave back: after
     * the first, hashing allocates a small part of it. (Counted in bytes the thread allocated, not timed.)
     */
    @Test
    void aHashReusesTheMemoryOfTheHashesBefore() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        hasher.hash(new NewPassword(PASSWORD));

        long before = threads.getThreadAllocatedBytes(thread);
        String hash = hasher.hash(new NewPassword(PASSWORD));
        boolean matches = hasher.matches(PASSWORD, hash);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(matches).isTrue();
        assertThat(allocated).as("bytes allocated by a hash and a check of 1 MiB each").isLessThan(256 * 1024);
    }

    /**
     * The blocks belong to the thread that hashed: once it ends (an idle worker of {@link PasswordWork} does), nothing
     * holds them, and the collector takes them back.
     */
    @Test
    void aThreadsBlocksGoWithTheThread() throws Exception {
        AtomicReference<WeakReference<Object>> blocks = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            hasher.hash(new NewPassword(PASSWORD));
            blocks.set(new WeakReference<>(hasher.blocksOfThisThread()));
        });
        worker.start();
        worker.join();
        assertThat(blocks.get()).isNotNull();
        assertThat(hasher.blocksOfThisThread()).as("this thread's own").isNotSameAs(blocks.get().get());

        for (int i = 0; i < 100 && blocks.get().get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(blocks.get().get()).as("the ended thread's blocks, after collections").isNull();
    }
}
