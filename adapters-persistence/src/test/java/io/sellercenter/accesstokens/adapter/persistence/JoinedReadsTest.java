package io.sellercenter.accesstokens.adapter.persistence;

import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lookups asked for while the queries are busy are read together in the next, a bounded number at a time; each is
 * answered by a query that began after it was asked for; a failed query fails each of its lookups; and a lookup that
 * waits longer than its patience is refused and read by no query.
 */
class JoinedReadsTest {
    private static final Duration PATIENT = Duration.ofSeconds(10);
    private final List<List<Integer>> reads = new CopyOnWriteArrayList<>();
    private final CountDownLatch heldReadsMayEnd = new CountDownLatch(1);
    private final CountDownLatch heldReadsBegun = new CountDownLatch(JoinedReads.READERS);
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        heldReadsMayEnd.countDown();
        callers.shutdownNow();
    }

    @Test
    void theLookupsAskedForWhileTheQueriesAreBusyAreReadTogetherNext() throws Exception {
        JoinedReads<Integer, String> joined = holdingTheFirstReads(PATIENT, JoinedReads.AT_MOST_A_READ,
                keys -> keys.stream().filter(key -> key % 2 == 0).map(key -> "read " + key).toList());
        List<CompletableFuture<Optional<String>>> held = busy(joined);

        List<CompletableFuture<Optional<String>>> next = lookUp(joined, IntStream.rangeClosed(1, 50).boxed().toList());
        until("all fifty wait", () -> joined.waiting() == 50);
        heldReadsMayEnd.countDown();

        for (int key = 1; key <= 50; key++) {
            assertThat(next.get(key - 1).get(5, TimeUnit.SECONDS)).as("key %d", key)
                    .isEqualTo(key % 2 == 0 ? Optional.of("read " + key) : Optional.empty());
        }
        assertThat(held.get(0).get(5, TimeUnit.SECONDS)).contains("read -2");
        assertThat(reads).as("a query for each busy one, one for the fifty that waited").hasSize(3);
        assertThat(reads.get(2)).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void aKeyAskedForByManyCallersAtOnceIsReadOnceForAll() throws Exception {
        JoinedReads<Integer, String> joined = holdingTheFirstReads(PATIENT, JoinedReads.AT_MOST_A_READ,
                keys -> keys.stream().map(key -> "read " + key).toList());
        busy(joined);
        List<CompletableFuture<Optional<String>>> same = lookUp(joined, List.of(5, 5, 5, 5, 5, 6));
        until("all six wait", () -> joined.waiting() == 6);
        heldReadsMayEnd.countDown();

        for (CompletableFuture<Optional<String>> lookup : same.subList(0, 5)) {
            assertThat(lookup.get(5, TimeUnit.SECONDS)).contains("read 5");
        }
        assertThat(same.get(5).get(5, TimeUnit.SECONDS)).contains("read 6");
        assertThat(reads.get(2)).containsExactlyInAnyOrder(5, 6);
    }

    @Test
    void aQueryTakesAtMostItsShareAndEveryLookupIsReadInTheEnd() throws Exception {
        JoinedReads<Integer, String> joined = holdingTheFirstReads(PATIENT, 3, keys -> keys.stream()
                .map(key -> "read " + key).toList());
        busy(joined);
        List<CompletableFuture<Optional<String>>> next = lookUp(joined, IntStream.range(0, 10).boxed().toList());
        until("all ten wait", () -> joined.waiting() == 10);
        heldReadsMayEnd.countDown();

        for (int key = 0; key < 10; key++) {
            assertThat(next.get(key).get(5, TimeUnit.SECONDS)).contains("read " + key);
        }
        assertThat(reads.subList(JoinedReads.READERS, reads.size())).allMatch(keys -> keys.size() <= 3)
                .flatExtracting(keys -> keys).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 10).boxed()
                        .toList());
    }

    @Test
    void everyLookupIsReadWhateverOrderTheCallersTakeTheQueriesIn() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            // One query of one key at a time: a caller whose query takes another's key reads again for its own.
            JoinedReads<Integer, String> joined = new JoinedReads<>(value -> Integer.parseInt(value.split(" ")[1]),
                    keys -> keys.stream().map(key -> "read " + key).toList(), PATIENT, 1, 1);
            List<CompletableFuture<Optional<String>>> lookups = lookUp(joined, IntStream.range(0, 20).boxed()
                    .toList());
            for (int key = 0; key < 20; key++) {
                assertThat(lookups.get(key).get(5, TimeUnit.SECONDS)).as("attempt %d, key %d", attempt, key)
                        .contains("read " + key);
            }
        }
    }

    @Test
    void aLookupIsNeverAnsweredByAQueryThatBeganBeforeIt() throws Exception {
        JoinedReads<Integer, String> joined = holdingTheFirstReads(PATIENT, JoinedReads.AT_MOST_A_READ,
                keys -> keys.stream().map(key -> "read " + key + " once queries began: " + reads.size()).toList());
        List<CompletableFuture<Optional<String>>> held = busy(joined);

        CompletableFuture<Optional<String>> again = lookUp(joined, List.of(-2)).get(0);
        until("it waits", () -> joined.waiting() == 1);
        heldReadsMayEnd.countDown();

        assertThat(held.get(0).get(5, TimeUnit.SECONDS)).contains("read -2 once queries began: 2");
        assertThat(again.get(5, TimeUnit.SECONDS)).as("the key asked for again while its query was under way")
                .contains("read -2 once queries began: 3");
        assertThat(reads).containsExactly(List.of(-2), List.of(-3), List.of(-2));
    }

    @Test
    void aFailedQueryFailsEachOfItsLookupsAsAnOutageCanBeToldBy() throws Exception {
        RuntimeException down = new UncheckedIOException(new SocketException("Connection reset"));
        JoinedReads<Integer, String> joined = new JoinedReads<>(value -> 0, keys -> {
            reads.add(List.copyOf(keys));
            heldReadsBegun.countDown();
            await(heldReadsMayEnd);
            throw down;
        }, PATIENT, 1, JoinedReads.AT_MOST_A_READ);
        CompletableFuture<Optional<String>> first = lookUp(joined, List.of(0)).get(0);
        until("the first query began", () -> reads.size() == 1);
        List<CompletableFuture<Optional<String>>> next = lookUp(joined, List.of(1, 2));
        until("both wait", () -> joined.waiting() == 2);
        heldReadsMayEnd.countDown();

        assertThat(failureOf(first)).as("the caller that ran the query gets its failure").isSameAs(down);
        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<Optional<String>> lookup : next) {
            failures.add(failureOf(lookup));
        }
        assertThat(failures).as("one ran the second query, the other waited for it").anySatisfy(failure -> {
            assertThat(failure).isInstanceOf(IllegalStateException.class).isNotSameAs(down);
            assertThat(failure.getCause()).isSameAs(down);
            assertThat(OutageInterceptor.isOutage(failure)).as("an outage, by its cause").isTrue();
        }).anySatisfy(failure -> assertThat(failure).isSameAs(down));
        assertThat(reads).hasSize(2);
    }

    @Test
    void aLookupThatWaitsLongerThanItsPatienceIsRefusedAndReadByNoQuery() throws Exception {
        JoinedReads<Integer, String> joined = holdingTheFirstReads(Duration.ofMillis(200), JoinedReads.AT_MOST_A_READ,
                keys -> keys.stream().map(key -> "read " + key).toList());
        busy(joined);

        CompletableFuture<Optional<String>> late = lookUp(joined, List.of(7)).get(0);

        assertThat(failureOf(late)).isInstanceOf(TemporarilyUnavailable.class);
        assertThat(joined.waiting()).isZero();
        heldReadsMayEnd.countDown();
        assertThat(lookUp(joined, List.of(8)).get(0).get(5, TimeUnit.SECONDS)).contains("read 8");
        assertThat(reads).flatExtracting(keys -> keys).doesNotContain(7);
    }

    /** Reads of {@code stored} whose first {@value JoinedReads#READERS} queries each wait for heldReadsMayEnd. */
    private JoinedReads<Integer, String> holdingTheFirstReads(Duration patience, int atMostARead,
                                                             Function<List<Integer>, Collection<String>> stored) {
        return new JoinedReads<>(value -> Integer.parseInt(value.split(" ")[1]), keys -> {
            int query = reads.size();
            reads.add(List.copyOf(keys));
            if (query < JoinedReads.READERS) {
                heldReadsBegun.countDown();
                await(heldReadsMayEnd);
            }
            return stored.apply(keys);
        }, patience, JoinedReads.READERS, atMostARead);
    }

    /** Keeps every query busy, each reading one key of its own below zero, until heldReadsMayEnd. */
    private List<CompletableFuture<Optional<String>>> busy(JoinedReads<Integer, String> joined)
            throws InterruptedException {
        List<CompletableFuture<Optional<String>>> held = new ArrayList<>();
        for (int reader = 1; reader <= JoinedReads.READERS; reader++) {
            int key = -reader - 1;
            held.add(lookUp(joined, List.of(key)).get(0));
            int begun = reader;
            until("query " + reader + " began", () -> reads.size() == begun);
        }
        assertThat(heldReadsBegun.await(5, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    /** Each key looked up on a caller thread of its own. */
    private List<CompletableFuture<Optional<String>>> lookUp(JoinedReads<Integer, String> joined, List<Integer> keys) {
        return keys.stream().map(key -> CompletableFuture.supplyAsync(() -> joined.read(key), callers)).toList();
    }

    private static Throwable failureOf(CompletableFuture<?> lookup) throws Exception {
        try {
            lookup.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            return failed.getCause();
        }
        throw new AssertionError("the lookup did not fail");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
