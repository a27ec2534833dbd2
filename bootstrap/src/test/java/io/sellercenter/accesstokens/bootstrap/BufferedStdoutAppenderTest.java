package io.sellercenter.accesstokens.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BufferedStdoutAppenderTest {
    private final LoggerContext context = new LoggerContext();
    private final Output output = new Output();
    private final BufferedStdoutAppender<ILoggingEvent> appender = new BufferedStdoutAppender<>(output);
    private final Logger log = context.getLogger("access-tokens.requests");

    BufferedStdoutAppenderTest() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        log.addAppender(started(appender));
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aLineWaitsInTheBufferAndIsWrittenOutWithinTheFlushIntervalWithoutAnotherLine() {
        log.info("GET /api/v1/me 200");

        assertThat(output.text()).as("not one write per line").isEmpty();
        Eventually.until("the line is written out", () -> output.text().equals("GET /api/v1/me 200\n"));
    }

    @Test
    void stoppingWritesOutWhatIsLeftAndLeavesStandardOutputOpen() {
        log.info("first");
        log.info("last");

        appender.stop();

        assertThat(output.text()).isEqualTo("first\nlast\n");
        assertThat(output.closed).as("standard output stays open").isFalse();
    }

    @Test
    void linesFromManyThreadsComeOutWhole() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    log.info("thread {} line {} {}", thread, i, "x".repeat(i % 200));
                }
            });
            writer.start();
            threads.add(writer);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        appender.stop();

        String[] lines = output.text().split("\n");
        assertThat(lines).hasSize(20_000).allMatch(line -> line.matches("thread \\d line \\d+ x*"));
    }

    @Test
    void whileStandardOutputIsStuckLinesAreDroppedAndCountedAndTheLoggingThreadNeverWaits() throws Exception {
        CountDownLatch unstuck = new CountDownLatch(1);
        Output stuck = new Output() {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                try {
                    unstuck.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.write(bytes, offset, length);
            }
        };
        BufferedStdoutAppender<ILoggingEvent> stuckAppender = new BufferedStdoutAppender<>(stuck);
        Logger requests = context.getLogger("stuck.requests");
        requests.setAdditive(false);
        requests.addAppender(started(stuckAppender));
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.setContext(context);
        warnings.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(warnings);
        long droppedBefore = BufferedStdoutAppender.dropped();
        int logged = 20_000;
        ExecutorService eventLoop = Executors.newSingleThreadExecutor();
        long dropped;
        try {
            eventLoop.submit(() -> {
                for (int i = 0; i < logged; i++) {
                    requests.info("line {} {}", i, "x".repeat(300));
                }
            }).get(60, TimeUnit.SECONDS);
            dropped = BufferedStdoutAppender.dropped() - droppedBefore;
            assertThat(dropped).as("more than 4 MiB of lines cannot wait").isPositive();
        } finally {
            unstuck.countDown();
            eventLoop.shutdownNow();
        }

        Eventually.until("standard output takes every line kept, and is told how many were not", () ->
                stuck.text().split("\n").length + dropped == logged && warnings.list.stream().anyMatch(
                        warning -> warning.getFormattedMessage().equals(
                                dropped + " request log lines were dropped: standard output took them too slowly")));
        assertThat(stuck.text().split("\n")).allMatch(line -> line.matches("line \\d+ x{300}"));
    }

    private BufferedStdoutAppender<ILoggingEvent> started(BufferedStdoutAppender<ILoggingEvent> appender) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    /** Standard output's stand-in: what was written, and whether it was closed. */
    private static class Output extends ByteArrayOutputStream {
        private volatile boolean closed;

        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
