package io.sellercenter.accesstokens.adapter.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entries that come due while a read is under way are read together in the next, a bounded number at a time; a
 * failed read leaves every entry of it as it was, and a stopped refresh reads nothing more.
 */
class BackgroundRefreshTest {
    private final List<List<Integer>> reads = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstReadMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstReadBegun = new CountDownLatch(1);
    private BackgroundRefresh<Integer, String> refresh;

    @AfterEach
    void stop() {
        firstReadMayEnd.countDown();
        if (refresh != null) {
            refresh.stop();
        }
    }

    @Test
    void theEntriesDueWhileOneIsReadAreReadTogetherNext() throws Exception {
        refresh = holdingTheFirstRead(keys -> keys.stream().filter(key -> key % 2 == 0).map(key -> "read " + key)
                .toList());
        CompletableFuture<String> first = refresh.asyncReload(0, "cached", Runnable::run);
        assertThat(firstReadBegun.await(5, TimeUnit.SECONDS)).as("the first read began").isTrue();

        List<CompletableFuture<String>> next = IntStream.rangeClosed(1, 50)
                .mapToObj(key -> refresh.asyncReload(key, "cached", Runnable::run)).toList();
        assertThat(next).as("none read while the first read is under way").noneMatch(CompletableFuture::isDone);
        firstReadMayEnd.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("read 0");
        for (int key = 1; key <= 50; key++) {
            assertThat(next.get(key - 1).get(5, TimeUnit.SECONDS)).as("key %d", key)
                    .isEqualTo(key % 2 == 0 ? "read " + key : null);
        }
        assertThat(reads).as("one query for the first, one for the fifty due meanwhile")
                .containsExactly(List.of(0), IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void aReadTakesAtMostItsShareAndTheRestComeNext() throws InterruptedException {
        refresh = holdingTheFirstRead(keys -> List.of());
        refresh.asyncReload(-1, "cached", Runnable::run);
        assertThat(firstReadBegun.await(5, TimeUnit.SECONDS)).isTrue();
        int many = BackgroundRefresh.AT_MOST_A_READ * 2 + 10;
        List<CompletableFuture<String>> due = IntStream.range(0, many)
                .mapToObj(key -> refresh.asyncReload(key, "cached", Runnable::run)).toList();
        firstReadMayEnd.countDown();

        until("all read", () -> due.stream().allMatch(CompletableFuture::isDone));
        assertThat(reads.subList(1, reads.size())).extracting(List::size)
                .containsExactly(BackgroundRefresh.AT_MOST_A_READ, BackgroundRefresh.AT_MOST_A_READ, 10);
        assertThat(due).noneMatch(CompletableFuture::isCancelled);
    }

    @Test
    void aFailedReadLeavesEveryEntryOfItAsItWas() throws InterruptedException {
        refresh = holdingTheFirstRead(keys -> {
            throw new IllegalStateException("the database is down");
        });
        CompletableFuture<String> first = refresh.asyncReload(0, "cached", Runnable::run);
        assertThat(firstReadBegun.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<String>> next = List.of(refresh.asyncReload(1, "cached", Runnable::run),
                refresh.asyncReload(2, "cached", Runnable::run));
        firstReadMayEnd.countDown();

        until("both reads failed", () -> next.stream().allMatch(CompletableFuture::isDone));
        assertThat(first).as("cancelled, which Caffeine does not log").isCancelled();
        assertThat(next).allMatch(CompletableFuture::isCancelled);
    }

    @Test
    void aStoppedRefreshDropsWhatWaitsAndTakesNoMore() throws InterruptedException {
        refresh = holdingTheFirstRead(keys -> List.of());
        refresh.asyncReload(0, "cached", Runnable::run);
        assertThat(firstReadBegun.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waiting = refresh.asyncReload(1, "cached", Runnable::run);

        refresh.stop();

        until("what waited is dropped", waiting::isCancelled);
        assertThat(refresh.asyncReload(2, "cached", Runnable::run)).isCancelled();
        until("its reader ends", () -> PersistenceContext.liveThreads("refresh-test").isEmpty());
        assertThat(reads).containsExactly(List.of(0));
    }

    /**
     * A refresh whose first read waits for {@link #firstReadMayEnd}; every read's keys are noted in {@link #reads}. A
     * value is {@code "read <key>"}.
     */
    private BackgroundRefresh<Integer, String> holdingTheFirstRead(Function<List<Integer>, List<String>> db) {
        Function<String, Integer> keyOf = value -> Integer.valueOf(value.substring("read ".length()));
        return new BackgroundRefresh<>("refresh-test", keyOf, keys -> {
            reads.add(List.copyOf(keys));
            if (reads.size() == 1) {
                firstReadBegun.countDown();
                try {
                    firstReadMayEnd.await();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
            return db.apply(keys);
        });
    }
}
