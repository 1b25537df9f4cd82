package ru.roadmapbot.calendar;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered feeds by token, bounded in bytes; the least recently polled go first. A feed rendered at an older
 * version is a miss. One lock: a lookup is a hash probe, far below the cost of the request around it.
 */
final class FeedCache {

    private final long limitBytes;
    private final LinkedHashMap<String, RenderedFeed> feeds = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    FeedCache(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    synchronized RenderedFeed get(String token, String version) {
        RenderedFeed feed = feeds.get(token);
        return feed != null && feed.version().equals(version) ? feed : null;
    }

    synchronized void put(String token, RenderedFeed feed) {
        if (feed.size() > limitBytes) {
            return;
        }
        RenderedFeed old = feeds.put(token, feed);
        bytes += feed.size() - (old == null ? 0 : old.size());
        Iterator<Map.Entry<String, RenderedFeed>> eldest = feeds.entrySet().iterator();
        while (bytes > limitBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    synchronized void remove(String token) {
        RenderedFeed old = feeds.remove(token);
        if (old != null) {
            bytes -= old.size();
        }
    }

}
