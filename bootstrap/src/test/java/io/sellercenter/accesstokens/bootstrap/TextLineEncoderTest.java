package io.sellercenter.accesstokens.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The text line is the one logback's pattern writes, whatever the event. */
class TextLineEncoderTest {
    private final LoggerContext context = new LoggerContext();
    private final TextLineEncoder encoder = new TextLineEncoder();
    private final PatternLayoutEncoder pattern = new PatternLayoutEncoder();

    TextLineEncoderTest() {
        encoder.setContext(context);
        encoder.start();
        pattern.setContext(context);
        pattern.setPattern(TextLineEncoder.PATTERN);
        pattern.setCharset(StandardCharsets.UTF_8);
        pattern.start();
    }

    @Example
    void aRequestLine() {
        LoggingEvent event = event(1_795_979_043_123L, Level.INFO, "default-nioEventLoopGroup-1-2",
                "access-tokens.requests", "GET /api/v1/me 200 0ms request_id=4b1c");

        assertThat(text(encoder.encode(event))).isEqualTo("2026-11-29T19:04:03.123Z INFO  "
                + "[default-nioEventLoopGroup-1-2] access-tokens.requests - GET /api/v1/me 200 0ms request_id=4b1c\n");
    }

    @Property(tries = 3000)
    void anEventIsWrittenAsThePatternWritesIt(
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long millis, @ForAll("levels") Level level,
            @ForAll("texts") String thread, @ForAll("loggers") String logger, @ForAll("texts") String message,
            @ForAll("texts") String argument) {
        LoggingEvent event = event(millis, level, thread, logger, message + " {}");
        event.setArgumentArray(new Object[]{argument});

        assertThat(text(encoder.encode(event))).isEqualTo(text(pattern.encode(event)));
        assertThat(encoder.encode(event)).isEqualTo(pattern.encode(event));
    }

    @Example
    void aLongLineDoesNotBreakTheLinesAfterIt() {
        LoggingEvent longOne = event(0, Level.WARN, "main", "x", "é".repeat(100_000));
        LoggingEvent shortOne = event(1_000, Level.ERROR, "main", "x", "short");

        assertThat(encoder.encode(longOne)).isEqualTo(pattern.encode(longOne));
        assertThat(encoder.encode(shortOne)).isEqualTo(pattern.encode(shortOne));
    }

    private static String text(byte[] line) {
        return new String(line, StandardCharsets.UTF_8);
    }

    private LoggingEvent event(long millis, Level level, String thread, String logger, String message) {
        LoggingEvent event = new LoggingEvent();
        event.setLoggerContext(context);
        event.setTimeStamp(millis);
        event.setLevel(level);
        event.setThreadName(thread);
        event.setLoggerName(logger);
        event.setMessage(message);
        return event;
    }

    @Provide
    Arbitrary<Level> levels() {
        return Arbitraries.of(Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ascii().ofMaxLength(120), Arbitraries.strings().ofMaxLength(40));
    }

    /** Dotted names around the 36 characters past which {@code %logger{36}} abbreviates. */
    @Provide
    Arbitrary<String> loggers() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(14);
        return Arbitraries.oneOf(part.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join(".", parts)),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60));
    }
}
