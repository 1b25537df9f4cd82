package ru.roadmapbot.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{token}.ics}: the feed with a strong ETag and Last-Modified, 304 when the client's copy is
 * current, gzip when the client accepts it. An unknown or revoked token gets a bare 404, the same as a token that
 * never existed, so a link reveals nothing once it is revoked.
 */
@RestController
class CalendarFeedController {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final CalendarFeeds feeds;
    private final CacheControl cacheControl;

    CalendarFeedController(CalendarFeeds feeds, CalendarProperties properties) {
        this.feeds = feeds;
        this.cacheControl = CacheControl.maxAge(properties.refreshInterval()).cachePrivate();
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token, @RequestHeader HttpHeaders request) {
        Optional<RenderedFeed> found = feeds.feed(token);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        RenderedFeed feed = found.get();
        boolean gzip = acceptsGzip(request);
        boolean notModified = notModified(request, feed);
        ResponseEntity.BodyBuilder response = ResponseEntity
                .status(notModified ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .eTag(feed.etag(gzip)).cacheControl(cacheControl).varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (feed.lastModified() != null) {
            response.lastModified(feed.lastModified());
        }
        if (notModified) {
            return response.build();
        }
        response.header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE);
        if (gzip) {
            // compressed once when rendered; Tomcat leaves a response that already has a Content-Encoding alone
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            return response.body(feed.gzipped());
        }
        return response.body(feed.plain());
    }

    /** If-None-Match decides when present (RFC 9110); If-Modified-Since only without it. */
    private static boolean notModified(HttpHeaders request, RenderedFeed feed) {
        List<String> tags = request.getIfNoneMatch();
        if (!tags.isEmpty()) {
            return tags.stream().anyMatch(tag -> "*".equals(tag) || feed.matches(tag));
        }
        long since = request.getIfModifiedSince();
        Instant changed = feed.lastModified();
        return since >= 0 && changed != null && changed.getEpochSecond() <= since / 1000;
    }

    private static boolean acceptsGzip(HttpHeaders request) {
        for (String value : request.getOrEmpty(HttpHeaders.ACCEPT_ENCODING)) {
            for (String coding : value.split(",")) {
                String[] parts = coding.strip().split(";");
                if ("gzip".equalsIgnoreCase(parts[0].strip())) {
                    return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }
}
