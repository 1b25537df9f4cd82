package ru.roadmapbot.calendar;

import java.time.Instant;

/**
 * A feed as served: its bytes plain and gzipped (compressed once, not per request), a strong ETag per encoding (a
 * hash of the bytes; the gzipped one carries a suffix, as a strong validator must differ between encodings), and the
 * latest change of what it shows, if anything.
 *
 * @param version the {@link FeedChanges} version it was rendered at
 */
record RenderedFeed(String version, byte[] plain, byte[] gzipped, String etag, Instant lastModified) {

    static final String GZIP_SUFFIX = "-gzip\"";

    String etag(boolean gzip) {
        return gzip ? etag.substring(0, etag.length() - 1) + GZIP_SUFFIX : etag;
    }

    /** Whether an entity tag a client sent names this feed in either encoding (the weak comparison of GET). */
    boolean matches(String tag) {
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        return opaque.equals(etag) || opaque.equals(etag(true));
    }

    long size() {
        return plain.length + (long) gzipped.length + 256;
    }
}
