package ru.roadmapbot.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;
import ru.roadmapbot.roadmap.reading.RoadmapFileReader;

/**
 * Reads a roadmap from a .docx, .xlsx, .xls, .csv or extracted-text file, whatever its name says, into a
 * {@link RoadmapDocument}, within {@link DocumentLimits}. Every problem with the input comes out as an
 * {@link UnreadableRoadmapException}. Holds no state between reads, so one instance serves all threads; at most
 * {@code concurrentReads} read at once (the bot, the console and their previews share the process with the
 * reminders), and a read that waits longer than {@code queueWait} for its turn is refused as busy.
 */
public class RoadmapReader {

    /**
     * Roadmaps are tens of kilobytes; ten megabytes leaves room for pictures in a .docx without inviting abuse.
     * {@link RoadmapProperties} defaults to the same limit for the application.
     */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;
    private final DocumentLimits limits;
    private final Semaphore turns;
    private final Duration queueWait;
    private final RoadmapFileReader files = new RoadmapFileReader();

    public RoadmapReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public RoadmapReader(long maxBytes) {
        this(DocumentLimits.DEFAULT.withMaxBytes(checkedPositive(maxBytes)), Integer.MAX_VALUE, Duration.ZERO);
    }

    public RoadmapReader(DocumentLimits limits, int concurrentReads, Duration queueWait) {
        this.limits = limits;
        this.maxBytes = limits.maxBytes();
        this.turns = new Semaphore(Math.max(1, concurrentReads), true);
        this.queueWait = queueWait;
    }

    private static long checkedPositive(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        return maxBytes;
    }

    /** The largest document read, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file, checking its size before reading a byte of it. */
    public RoadmapDocument read(Path file) {
        return read(fileName(file), bytes(file));
    }

    /**
     * The content of a file within the size limit, for callers that need the bytes as well as the document (the
     * importer hashes them): reading the file once means the hash is of exactly what was read.
     */
    public byte[] bytes(Path file) {
        String fileName = fileName(file);
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(fileName);
            }
            if (size == 0) {
                throw new UnreadableRoadmapException(fileName, Problem.EMPTY_FILE);
            }
            content = readAtMost(file);
        } catch (IOException | SecurityException cannotRead) {
            throw new UnreadableRoadmapException(fileName, Problem.UNREADABLE_FILE, cannotRead);
        }
        if (content.length > maxBytes) {
            throw tooLarge(fileName);
        }
        return content;
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Reads no more than one byte past the limit, in case the file grew after its size was checked. */
    private byte[] readAtMost(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
    }

    /** Reads an uploaded file's content, when its turn comes. */
    public RoadmapDocument read(String fileName, byte[] content) {
        if (content.length > maxBytes) {
            throw tooLarge(fileName);
        }
        try {
            if (!turns.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new UnreadableRoadmapException(fileName, Problem.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableRoadmapException(fileName, Problem.BUSY, e);
        }
        try {
            return files.read(fileName, content, limits);
        } finally {
            turns.release();
        }
    }

    /** The limit goes to the message in megabytes, the unit people see in their file manager. */
    private UnreadableRoadmapException tooLarge(String fileName) {
        return new UnreadableRoadmapException(fileName, Problem.TOO_LARGE, maxBytes / (1024.0 * 1024.0));
    }
}
