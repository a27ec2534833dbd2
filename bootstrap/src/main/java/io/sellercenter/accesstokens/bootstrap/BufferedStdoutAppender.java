package io.sellercenter.accesstokens.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.OutputStreamAppender;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request log's appender, one line per request: lines are gathered in 64 KiB chunks in memory, and a thread of its
 * own writes each chunk to standard output once it is full, or once a second. The console appender makes a system
 * call for every line (standard output flushes on every write), about 3 µs of a token check that costs 25 to 30 µs in
 * all, measured side by side; and the thread answering the request, an event loop, never waits for standard output.
 * That matters on a bad day: when whatever reads standard output stalls (a log collector that is down, a full disk
 * under it), a write blocks, and an event loop blocked in one would stop every connection it serves. Here up to 4 MiB
 * of lines waits for it; past that, lines are dropped and counted ({@link #dropped()}, a metric), and the count is
 * logged as a warning once standard output takes lines again. A line reaches the output up to a second late,
 * and a process killed without a shutdown loses at most that second's lines, as nginx's buffered access log does.
 * Lines that must not wait (warnings, errors, start and stop) keep the console appender; each line is written whole,
 * so the two never cut into each other's lines.
 */
public class BufferedStdoutAppender<E> extends OutputStreamAppender<E> {
    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(1);
    static final int CHUNK_BYTES = 64 * 1024;
    static final int WAITING_CHUNKS = 64;
    private static final AtomicLong DROPPED = new AtomicLong();

    private final OutputStream target;
    private Chunks chunks;
    private Thread writer;

    public BufferedStdoutAppender() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    BufferedStdoutAppender(OutputStream target) {
        this.target = target;
    }

    /** Request log lines dropped since the process started, because standard output took them too slowly. */
    public static long dropped() {
        return DROPPED.get();
    }

    @Override
    public void start() {
        setImmediateFlush(false);
        chunks = new Chunks();
        setOutputStream(chunks);
        super.start();
        writer = new Thread(this::writeChunks, "log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Encodes the line on the calling thread and puts it in the current chunk, under the chunks' lock alone. Logback's
     * own {@code subAppend} also prepares the event for processing later (copying its MDC, which no line here prints)
     * and takes a lock of its own around the write: a line is encoded at once and the chunks keep lines whole.
     */
    @Override
    protected void subAppend(E event) {
        if (isStarted()) {
            byte[] line = encoder.encode(event);
            chunks.write(line, 0, line.length);
        }
    }

    /** Writes out everything still waiting, on the thread that stops: logback stops at the end of a graceful stop. */
    @Override
    public void stop() {
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.stop();
    }

    /** The writer thread: each chunk as it is handed over, or what the current one holds once a second. */
    private void writeChunks() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                byte[] chunk = chunks.next(FLUSH_INTERVAL);
                if (chunk != null) {
                    writeOut(chunk);
                }
            }
        } catch (InterruptedException stopping) {
            // stop() writes out what is left
        }
    }

    private void writeOut(byte[] chunk) {
        try {
            target.write(chunk);
            target.flush();
        } catch (IOException e) {
            addError("Could not write the request log out", e);
            return;
        }
        long dropped = chunks.droppedSinceLastTold();
        if (dropped > 0 && getContext() instanceof LoggerContext logs) {
            logs.getLogger(BufferedStdoutAppender.class).warn(
                    "{} request log lines were dropped: standard output took them too slowly", dropped);
        }
    }

    /**
     * Where each encoded line goes, one line at a time under the chunks' own lock ({@link #subAppend}): lines go into
     * the current chunk, full chunks wait for the writer, and a line for which no chunk has room is dropped.
     */
    private final class Chunks extends OutputStream {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition ready = lock.newCondition();
        private final Queue<byte[]> full = new ArrayDeque<>(WAITING_CHUNKS);
        private final byte[] current = new byte[CHUNK_BYTES];
        private int used;
        private long droppedNotTold;

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] line, int offset, int length) {
            lock.lock();
            try {
                if (used + length > current.length && !handOverLocked()) {
                    droppedNotTold++;
                    DROPPED.incrementAndGet();
                    return;
                }
                if (length > current.length) {
                    full.add(Arrays.copyOfRange(line, offset, offset + length));
                    ready.signal();
                    return;
                }
                System.arraycopy(line, offset, current, used, length);
                used += length;
            } finally {
                lock.unlock();
            }
        }

        /** Queues the current chunk for the writer, if it holds anything: false when the queue is full. */
        private boolean handOverLocked() {
            if (used == 0) {
                return true;
            }
            if (full.size() >= WAITING_CHUNKS) {
                return false;
            }
            full.add(Arrays.copyOf(current, used));
            used = 0;
            ready.signal();
            return true;
        }

        /** The next chunk to write: a full one, or within {@code wait} whatever the current one holds. */
        byte[] next(Duration wait) throws InterruptedException {
            lock.lock();
            try {
                if (full.isEmpty()) {
                    ready.await(wait.toNanos(), TimeUnit.NANOSECONDS);
                }
                if (full.isEmpty()) {
                    handOverLocked();
                }
                return full.poll();
            } finally {
                lock.unlock();
            }
        }

        long droppedSinceLastTold() {
            lock.lock();
            try {
                long dropped = droppedNotTold;
                droppedNotTold = 0;
                return dropped;
            } finally {
                lock.unlock();
            }
        }

        /**
         * Writes out what is left, on the stopping thread; standard output stays open. Unless the writer is still
         * stuck in a write: then standard output takes nothing, and what is left is dropped rather than waited for.
         */
        @Override
        public void close() {
            lock.lock();
            try {
                handOverLocked();
                byte[] chunk;
                while ((chunk = full.poll()) != null) {
                    if (writer != null && writer.isAlive()) {
                        DROPPED.addAndGet(lines(chunk));
                    } else {
                        writeOut(chunk);
                    }
                }
            } finally {
                lock.unlock();
            }
        }

        private static long lines(byte[] chunk) {
            long lines = 0;
            for (byte b : chunk) {
                if (b == '\n') {
                    lines++;
                }
            }
            return lines;
        }
    }
}
