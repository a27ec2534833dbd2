package io.sellercenter.accesstokens.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BufferedStdoutAppenderTest {
    private final LoggerContext context = new LoggerContext();
    private final Output output = new Output();
    private final BufferedStdoutAppender<ILoggingEvent> appender = new BufferedStdoutAppender<>(output);
    private final Logger log = context.getLogger("access-tokens.requests");

    BufferedStdoutAppenderTest() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.start();
        log.addAppender(appender);
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

    /** Standard output's stand-in: what was written, and whether it was closed. */
    private static final class Output extends ByteArrayOutputStream {
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
