package ru.roadmapbot.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal Bot API on 127.0.0.1 for delivery tests and benchmarks: it counts every sendMessage the moment it
 * arrives (per chat), answers after an optional delay, and can enforce Telegram's own limits (about 30 messages
 * a second per bot, one a second per chat) by answering 429 with retry_after, counting those too.
 */
public final class FakeTelegramServer implements AutoCloseable {

    private static final Pattern CHAT = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");

    private final HttpServer server;
    private final Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<Long, List<Long>> arrivals = new ConcurrentHashMap<>();
    private final Map<String, List<String>> calls = new ConcurrentHashMap<>();
    private final List<Long> allArrivals = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger polling = new AtomicInteger();
    private final AtomicInteger mostPolling = new AtomicInteger();
    private volatile long lastPoll;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger tooMany = new AtomicInteger();
    private final AtomicLong messageIds = new AtomicLong();
    private final Deque<Long> window = new ArrayDeque<>();
    private final Map<Long, Long> lastByChat = new ConcurrentHashMap<>();
    private final long delayMillis;
    private final boolean enforceLimits;

    public FakeTelegramServer(long delayMillis, boolean enforceLimits) throws IOException {
        this.delayMillis = delayMillis;
        this.enforceLimits = enforceLimits;
        // without TCP_NODELAY the JDK server's small replies meet delayed ACKs: ~40 ms per request on loopback
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int total() {
        return total.get();
    }

    public int tooManyRequests() {
        return tooMany.get();
    }

    public Map<Long, AtomicInteger> byChat() {
        return received;
    }

    /** When each accepted sendMessage to a chat arrived (System.nanoTime), in order. */
    public Map<Long, List<Long>> arrivalsByChat() {
        return arrivals;
    }

    /** When every accepted sendMessage arrived (System.nanoTime). */
    public List<Long> arrivals() {
        synchronized (allArrivals) {
            return List.copyOf(allArrivals);
        }
    }

    /** The bodies of the calls of a Bot API method ("setwebhook", "sendmessage"...), in order. */
    public List<String> calls(String method) {
        return calls.getOrDefault(method.toLowerCase(Locale.ROOT), List.of());
    }

    /** The most getUpdates calls that were waiting at the same moment: Telegram serves one poller at a time. */
    public int mostConcurrentPolls() {
        return mostPolling.get();
    }

    /** When the last getUpdates call came (System.nanoTime), or 0. */
    public long lastPoll() {
        return lastPoll;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT);
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        calls.computeIfAbsent(method, m -> Collections.synchronizedList(new ArrayList<>())).add(body);
        if (path.endsWith("/sendmessage")) {
            sendMessage(exchange, body);
        } else if (path.endsWith("/getme")) {
            reply(exchange, 200, "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Fake\",\"username\":\"fake_bot\"}}");
        } else if (path.endsWith("/getupdates")) {
            int now = polling.incrementAndGet();
            mostPolling.accumulateAndGet(now, Math::max);
            lastPoll = System.nanoTime();
            try {
                sleep(1000);
            } finally {
                polling.decrementAndGet();
            }
            reply(exchange, 200, "{\"ok\":true,\"result\":[]}");
        } else {
            reply(exchange, 200, "{\"ok\":true,\"result\":true}");
        }
    }

    private void sendMessage(HttpExchange exchange, String body) throws IOException {
        Matcher matcher = CHAT.matcher(body);
        long chat = matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        if (enforceLimits && overLimit(chat)) {
            tooMany.incrementAndGet();
            reply(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                    + "\"parameters\":{\"retry_after\":1}}");
            return;
        }
        long arrived = System.nanoTime();
        received.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
        arrivals.computeIfAbsent(chat, c -> Collections.synchronizedList(new ArrayList<>())).add(arrived);
        allArrivals.add(arrived);
        total.incrementAndGet();
        sleep(delayMillis);
        reply(exchange, 200, "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
                + ",\"date\":1700000000,\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"ok\"}}");
    }

    /** Telegram's limits as a sliding second: 30 per bot, 1 per chat. */
    private synchronized boolean overLimit(long chat) {
        long now = System.currentTimeMillis();
        while (!window.isEmpty() && now - window.peekFirst() >= 1000) {
            window.pollFirst();
        }
        Long last = lastByChat.get(chat);
        if (window.size() >= 30 || (last != null && now - last < 1000)) {
            return true;
        }
        window.addLast(now);
        lastByChat.put(chat, now);
        return false;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
