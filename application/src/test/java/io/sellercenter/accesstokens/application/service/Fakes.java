package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/** Small stand-ins for the ports the services need besides the stores. */
final class Fakes {
    private Fakes() {
    }

    /** A clock that moves only when told to. */
    static final class Clock implements io.sellercenter.accesstokens.application.port.out.TimeSource {
        private Instant now;

        Clock(Instant start) {
            this.now = start;
        }

        @Override
        public Instant now() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    /** Repeatable randomness, good enough for tests and nothing else. */
    static final class SeededRandom implements RandomSource {
        private final Random random = new Random(42);

        @Override
        public int nextInt(int bound) {
            return random.nextInt(bound);
        }

        @Override
        public UUID nextUuid() {
            return new UUID(random.nextLong(), random.nextLong());
        }
    }

    /** Runs the work, counts the transactions and notes where each begins and commits in a shared journal. */
    static final class CountingTransactions implements Transactions {
        final java.util.List<String> journal;
        int count;

        CountingTransactions(java.util.List<String> journal) {
            this.journal = journal;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count++;
            journal.add("begin");
            T result = work.get();
            journal.add("commit");
            return result;
        }
    }
}
