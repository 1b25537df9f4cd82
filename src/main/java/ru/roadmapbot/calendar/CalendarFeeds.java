package ru.roadmapbot.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import ru.roadmapbot.messenger.Texts;

/**
 * Serves feeds by token: an unknown or revoked token gets nothing; a known one gets its feed rendered at the current
 * version of the data, from the cache when nothing changed since the last poll.
 */
@Service
class CalendarFeeds {

    private final KnownTokens tokens;
    private final FeedAssembler assembler;
    private final FeedChanges changes;
    private final FeedWriter writer;
    private final FeedCache cache;

    CalendarFeeds(FeedTokens tokens, FeedAssembler assembler, FeedChanges changes, CalendarProperties properties,
                  Texts texts) {
        // a monotonic ticker, not the Clock: it measures how old an answer is, and a pinned demo clock stands still
        this.tokens = new KnownTokens(tokens::ownerOf, properties.changeCheckInterval().toNanos(), System::nanoTime);
        this.assembler = assembler;
        this.changes = changes;
        this.writer = new FeedWriter(properties, texts);
        this.cache = new FeedCache(properties.cacheLimit().toBytes());
    }

    /** The feed behind a token, or empty for an unknown or revoked token (or an owner that no longer exists). */
    Optional<RenderedFeed> feed(String token) {
        Optional<FeedOwner> owner = tokens.ownerOf(token);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String version = changes.version();
        RenderedFeed cached = cache.get(token, version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<RenderedFeed> rendered = assembler.assemble(owner.get()).map(content -> render(content, version));
        rendered.ifPresent(feed -> cache.put(token, feed));
        return rendered;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FeedLinkRevoked event) {
        tokens.forget(event.token());
        cache.remove(event.token());
    }

    private RenderedFeed render(FeedContent content, String version) {
        byte[] plain = writer.write(content);
        return new RenderedFeed(version, plain, gzip(plain), etag(plain), lastModified(content));
    }

    /**
     * The latest change of what the feed shows. A person's new zone or language changes the bytes but not this date;
     * the ETag catches that, and clients that send both get If-None-Match decided first.
     */
    private static Instant lastModified(FeedContent content) {
        return content.entries().stream()
                .flatMap(e -> Stream.concat(Stream.of(e.activity().updatedAt()),
                        e.statuses().values().stream().map(OccurrenceStatus::changedAt)))
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
