package ru.roadmapbot.max;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake MAX Bot API on 127.0.0.1, built from MAX's published schema (api-schema v0.0.33) and the payloads its
 * official clients record: the bare token in {@code Authorization} (401 without it, 403 {@code deprecated.token} for
 * {@code ?access_token=}), {@code GET /updates} long polling with a marker, {@code POST /messages?user_id=} checked
 * against MAX's limits (4,000 characters, a keyboard of at most 30 rows of 7 buttons, 210 in all, 1,024-byte
 * payloads), edits, callback answers, subscriptions, the command menu, two-step uploads whose token is "not ready" on
 * first use, and file URLs for what people send. It answers 429 beyond 30 requests a second and 403
 * {@code chat.denied} to a person who blocked the bot. People are driven from the test: they start the bot with a
 * payload, write, send files and press buttons by their label; the test reads the messages each one has.
 */
public final class MaxEmulator implements AutoCloseable {

    public static final String TOKEN = "max-test-token-0123456789";
    public static final String BOT_NAME = "roadmap500_bot";
    static final long BOT_ID = 9_000_000L;
    private static final int RATE = 30;

    /** A person in MAX. */
    public record User(long id, String name) {
    }

    /** One request the bot made. */
    public record Request(String method, String path, Map<String, String> query, JsonNode body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Object lock = new Object();
    private final List<ObjectNode> updates = new ArrayList<>();
    private long committed;
    private final Map<String, ObjectNode> messages = new LinkedHashMap<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private final Set<String> usedUploadTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> userFiles = new ConcurrentHashMap<>();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Long> sendTimes = new ArrayDeque<>();
    private long sequence;
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<Integer> webhookAnswers = new CopyOnWriteArrayList<>();
    private volatile URI webhook;
    private volatile String webhookSecret;

    private final boolean limited;

    private MaxEmulator(HttpServer server, boolean limited) {
        this.server = server;
        this.limited = limited;
    }

    public static MaxEmulator start() throws IOException {
        return start(true);
    }

    /** @param limited whether MAX's 30 requests a second hold (off to measure what the pipeline itself can do) */
    public static MaxEmulator start(boolean limited) throws IOException {
        return start(limited, 0);
    }

    /** On a given port of 127.0.0.1 (0: any free one), e.g. one the bot was told about while nothing listened there. */
    public static MaxEmulator start(boolean limited, int port) throws IOException {
        // the JDK server writes headers and body apart; without TCP_NODELAY each answer waits for a delayed ACK (40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        MaxEmulator emulator = new MaxEmulator(server, limited);
        server.createContext("/", emulator::handle);
        server.setExecutor(emulator.executor);
        server.start();
        return emulator;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- the people's side ----

    /** The person opens the bot by a deep link {@code https://max.ru/<bot>?start=<payload>} (null: no payload). */
    public void userStarts(User user, String payload) {
        ObjectNode update = update("bot_started");
        update.put("chat_id", user.id());
        update.set("user", user(user));
        if (payload != null) {
            update.put("payload", payload);
        }
        deliver(update);
    }

    public void userWrites(User user, String text) {
        ObjectNode update = update("message_created");
        ObjectNode body = userMessage(update, user);
        body.put("text", text);
        deliver(update);
    }

    /** The person sends a file: it gets a download URL here, as MAX's CDN would give it. */
    public void userSendsFile(User user, String fileName, byte[] content) {
        String id = "f" + next();
        userFiles.put(id, content);
        ObjectNode update = update("message_created");
        ObjectNode body = userMessage(update, user);
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("type", "file").put("filename", fileName).put("size", content.length);
        attachment.putObject("payload").put("url", baseUrl() + "/files/" + id).put("token", "tok-" + id);
        deliver(update);
    }

    /** The person presses the button whose label contains {@code label} under {@code message}. */
    public void userPresses(User user, JsonNode message, String label) {
        String payload = button(message, label);
        ObjectNode update = update("message_callback");
        ObjectNode callback = update.putObject("callback");
        callback.put("timestamp", System.currentTimeMillis()).put("callback_id", "cb." + next()).put("payload", payload);
        callback.set("user", user(user));
        ObjectNode copy = update.putObject("message");
        copy.set("recipient", message.get("recipient"));
        copy.set("body", message.get("body"));
        copy.set("sender", message.get("sender"));
        deliver(update);
    }

    /** From now on the bot is refused with 403 {@code chat.denied} when it writes to this person. */
    public void userBlocksTheBot(User user) {
        blocked.add(user.id());
    }

    public static String button(JsonNode message, String label) {
        for (JsonNode attachment : message.path("body").path("attachments")) {
            if (!"inline_keyboard".equals(attachment.path("type").asString())) {
                continue;
            }
            for (JsonNode row : attachment.path("payload").path("buttons")) {
                for (JsonNode button : row) {
                    if (button.path("text").asString().contains(label)) {
                        return button.path("payload").asString();
                    }
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + message);
    }

    public static List<String> buttonLabels(JsonNode message) {
        List<String> labels = new ArrayList<>();
        for (JsonNode attachment : message.path("body").path("attachments")) {
            for (JsonNode row : attachment.path("payload").path("buttons")) {
                for (JsonNode button : row) {
                    labels.add(button.path("text").asString());
                }
            }
        }
        return labels;
    }

    // ---- what the test reads ----

    /** The messages this person has from the bot, in order, as they look now (edits applied). */
    public List<JsonNode> messagesTo(User user) {
        synchronized (lock) {
            return messages.values().stream().filter(m -> m.path("recipient").path("user_id").asLong() == user.id())
                    .map(m -> (JsonNode) m.deepCopy()).toList();
        }
    }

    public static String text(JsonNode message) {
        return message.path("body").path("text").asString("");
    }

    public JsonNode awaitText(User user, String fragment) throws InterruptedException {
        return awaitMessage(user, m -> text(m).contains(fragment), Duration.ofSeconds(20));
    }

    public JsonNode awaitMessage(User user, Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JsonNode> now = messagesTo(user);
            for (int i = now.size() - 1; i >= 0; i--) {
                if (wanted.test(now.get(i))) {
                    return now.get(i);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such message to " + user + " in " + timeout + "; it has "
                        + now.stream().map(MaxEmulator::text).toList());
            }
            Thread.sleep(50);
        }
    }

    public long count(User user, String fragment) {
        return messagesTo(user).stream().filter(m -> text(m).contains(fragment)).count();
    }

    /** The content of a file the bot sent in this message. */
    public byte[] fileOf(JsonNode message) {
        for (JsonNode attachment : message.path("body").path("attachments")) {
            if ("file".equals(attachment.path("type").asString())) {
                return uploads.get(attachment.path("payload").path("token").asString());
            }
        }
        throw new AssertionError("no file in " + message);
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public int rateLimitedAnswers() {
        return rateLimited.get();
    }

    /** How many messages the bot has sent (and MAX accepted). */
    public int accepted() {
        synchronized (lock) {
            return messages.size();
        }
    }

    // ---- the server ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            if (path.startsWith("/upload/")) {
                answer(exchange, 200, acceptUpload(path, exchange.getRequestHeaders().getFirst("Content-Type"), raw));
                return;
            }
            if (path.startsWith("/files/")) {
                byte[] file = userFiles.get(path.substring("/files/".length()));
                exchange.sendResponseHeaders(file == null ? 404 : 200, file == null ? -1 : file.length);
                if (file != null) {
                    exchange.getResponseBody().write(file);
                }
                return;
            }
            if (query.containsKey("access_token")) {
                answer(exchange, 403, error("deprecated.token",
                        "Query parameter access_token is deprecated, use Authorization header"));
                return;
            }
            if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, error("verify.token", "Invalid access_token"));
                return;
            }
            JsonNode body = raw.length == 0 ? null : json.readTree(raw);
            requests.add(new Request(method, path, query, body));
            String route = method + " " + path;
            switch (route) {
                case "GET /me" -> answer(exchange, 200, bot());
                case "PATCH /me/commands" -> answer(exchange, 200, bot());
                case "GET /updates" -> answer(exchange, 200, poll(query));
                case "POST /messages" -> send(exchange, query, body);
                case "PUT /messages" -> edit(exchange, query, body);
                case "POST /answers", "POST /subscriptions", "DELETE /subscriptions" -> answer(exchange, 200, success());
                case "POST /uploads" -> {
                    ObjectNode upload = json.createObjectNode();
                    upload.put("url", baseUrl() + "/upload/" + next());
                    answer(exchange, 200, upload);
                }
                default -> answer(exchange, 404, error("not.found", "Path " + path + " is not recognized"));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private JsonNode poll(Map<String, String> query) {
        long marker = query.containsKey("marker") ? Long.parseLong(query.get("marker")) : -1;
        int timeout = Integer.parseInt(query.getOrDefault("timeout", "30"));
        long deadline = System.currentTimeMillis() + Math.min(timeout, 90) * 1000L;
        synchronized (lock) {
            if (marker >= 0) {
                committed = Math.max(committed, marker);
            }
            while (newer(committed).isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            List<ObjectNode> batch = newer(committed);
            ObjectNode answer = json.createObjectNode();
            ArrayNode list = answer.putArray("updates");
            long last = committed;
            for (ObjectNode update : batch) {
                ObjectNode copy = update.deepCopy();
                last = copy.remove("_seq").asLong();
                list.add(copy);
            }
            answer.put("marker", last);
            return answer;
        }
    }

    private List<ObjectNode> newer(long marker) {
        return updates.stream().filter(u -> u.get("_seq").asLong() > marker).toList();
    }

    private void send(HttpExchange exchange, Map<String, String> query, JsonNode body) throws IOException {
        if (!allowedByRate()) {
            rateLimited.incrementAndGet();
            answer(exchange, 429, error("too.many.requests", "Too many requests"));
            return;
        }
        String userId = query.get("user_id");
        if (userId == null) {
            answer(exchange, 400, error("proto.payload", "user_id or chat_id is required"));
            return;
        }
        if (blocked.contains(Long.parseLong(userId))) {
            answer(exchange, 403, error("chat.denied", "error.dialog.suspended"));
            return;
        }
        String problem = invalid(body);
        if (problem != null) {
            answer(exchange, 400, error("proto.payload", problem));
            return;
        }
        for (JsonNode attachment : body.path("attachments")) {
            if ("file".equals(attachment.path("type").asString())) {
                String token = attachment.path("payload").path("token").asString();
                if (!uploads.containsKey(token)) {
                    answer(exchange, 400, error("proto.payload", "unknown file token"));
                    return;
                }
                if (usedUploadTokens.add(token)) { // MAX is still processing a fresh upload
                    answer(exchange, 400, error("attachment.not.ready", "Key: errors.process.attachment.file.not.processed"));
                    return;
                }
            }
        }
        ObjectNode message = json.createObjectNode();
        ObjectNode recipient = message.putObject("recipient");
        recipient.put("chat_id", Long.parseLong(userId)).put("chat_type", "dialog").put("user_id", Long.parseLong(userId));
        message.put("timestamp", System.currentTimeMillis());
        message.set("sender", bot());
        ObjectNode messageBody = message.putObject("body");
        messageBody.put("mid", "mid." + String.format("%032x", next())).put("seq", sequence);
        messageBody.put("text", rendered(body));
        messageBody.set("attachments", body.has("attachments") ? body.get("attachments") : json.createArrayNode());
        synchronized (lock) {
            messages.put(messageBody.get("mid").asString(), message);
        }
        ObjectNode answer = json.createObjectNode();
        answer.set("message", message);
        answer(exchange, 200, answer);
    }

    private void edit(HttpExchange exchange, Map<String, String> query, JsonNode body) throws IOException {
        String problem = invalid(body);
        synchronized (lock) {
            ObjectNode message = messages.get(query.get("message_id"));
            if (message == null) {
                answer(exchange, 404, error("not.found", "Message not found"));
                return;
            }
            if (problem != null) {
                answer(exchange, 400, error("proto.payload", problem));
                return;
            }
            ObjectNode messageBody = (ObjectNode) message.get("body");
            messageBody.put("text", rendered(body));
            if (body.has("attachments")) { // absent keeps the old ones, [] removes them
                messageBody.set("attachments", body.get("attachments"));
            }
        }
        answer(exchange, 200, success());
    }

    /** MAX's limits on a new message; null when it fits. */
    private static String invalid(JsonNode body) {
        if (body == null) {
            return "body is required";
        }
        String text = body.path("text").asString("");
        if (text.length() > 4000) {
            return "text: size must be between 0 and 4000";
        }
        String format = body.path("format").asString("html");
        if (!format.equals("html") && !format.equals("markdown")) {
            return "format: unknown " + format;
        }
        for (JsonNode attachment : body.path("attachments")) {
            if (!"inline_keyboard".equals(attachment.path("type").asString())) {
                continue;
            }
            JsonNode rows = attachment.path("payload").path("buttons");
            int total = 0;
            if (rows.size() > 30) {
                return "buttons: at most 30 rows";
            }
            for (JsonNode row : rows) {
                if (row.size() > 7) {
                    return "buttons: at most 7 in a row";
                }
                for (JsonNode button : row) {
                    total++;
                    if (!"callback".equals(button.path("type").asString()) && !"link".equals(button.path("type").asString())) {
                        return "button type " + button.path("type");
                    }
                    if (button.path("text").asString("").length() > 128) {
                        return "button text longer than 128";
                    }
                    if (button.path("payload").asString("").getBytes(StandardCharsets.UTF_8).length > 1024) {
                        return "button payload longer than 1024 bytes";
                    }
                }
            }
            if (total > 210) {
                return "buttons: at most 210";
            }
        }
        return null;
    }

    /** MAX shows HTML as text with markup: the tags go, the entities are read. */
    private static String rendered(JsonNode body) {
        String text = body.path("text").asString("");
        if (!"html".equals(body.path("format").asString(""))) {
            return text;
        }
        return text.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private boolean allowedByRate() {
        if (!limited) {
            return true;
        }
        synchronized (sendTimes) {
            long now = System.nanoTime();
            while (!sendTimes.isEmpty() && now - sendTimes.peekFirst() > 1_000_000_000L) {
                sendTimes.pollFirst();
            }
            if (sendTimes.size() >= RATE) {
                return false;
            }
            sendTimes.addLast(now);
            return true;
        }
    }

    private JsonNode acceptUpload(String path, String contentType, byte[] raw) {
        String boundary = contentType == null ? null : contentType.replaceAll(".*boundary=", "");
        if (boundary == null || boundary.isBlank()) {
            return error("proto.payload", "multipart expected");
        }
        String content = new String(raw, StandardCharsets.ISO_8859_1);
        int header = content.indexOf("name=\"data\"");
        int start = content.indexOf("\r\n\r\n", header) + 4;
        int end = content.indexOf("\r\n--" + boundary, start);
        if (header < 0 || start < 4 || end < 0) {
            return error("proto.payload", "field data expected");
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(raw, start, end - start);
        String token = "upload-" + path.substring("/upload/".length());
        uploads.put(token, file.toByteArray());
        ObjectNode answer = json.createObjectNode();
        answer.put("token", token);
        return answer;
    }

    /**
     * Webhook mode: from now on updates are posted to {@code target} (standing in for the subscribed public https
     * address) with the subscription's secret in {@code X-Max-Bot-Api-Secret}, as MAX does, instead of waiting for a
     * poll. Returns the subscription the bot made.
     */
    public JsonNode postUpdatesTo(URI target) {
        JsonNode subscription = requests("POST", "/subscriptions").stream().reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the bot did not subscribe")).body();
        webhook = target;
        webhookSecret = subscription.path("secret").asString();
        return subscription;
    }

    /** The status codes the bot's webhook answered, in order. */
    public List<Integer> webhookAnswers() {
        return List.copyOf(webhookAnswers);
    }

    private void deliver(ObjectNode update) {
        if (webhook != null) {
            post(update);
            return;
        }
        synchronized (lock) {
            update.put("_seq", next());
            updates.add(update);
            lock.notifyAll();
        }
    }

    private void post(ObjectNode update) {
        HttpRequest request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                .header("X-Max-Bot-Api-Secret", webhookSecret)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(update))).build();
        try {
            webhookAnswers.add(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            throw new AssertionError("webhook unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private ObjectNode update(String type) {
        ObjectNode update = json.createObjectNode();
        update.put("update_type", type);
        update.put("timestamp", System.currentTimeMillis() + next()); // distinct even within one millisecond
        update.put("user_locale", "ru");
        return update;
    }

    private ObjectNode userMessage(ObjectNode update, User user) {
        ObjectNode message = update.putObject("message");
        message.set("sender", user(user));
        message.putObject("recipient").put("chat_id", user.id()).put("chat_type", "dialog").put("user_id", BOT_ID);
        message.put("timestamp", System.currentTimeMillis());
        ObjectNode body = message.putObject("body");
        body.put("mid", "mid.user." + next()).put("seq", sequence);
        return body;
    }

    private ObjectNode user(User user) {
        ObjectNode node = json.createObjectNode();
        node.put("user_id", user.id()).put("first_name", user.name()).put("last_name", "").put("is_bot", false)
                .put("name", user.name()).put("last_activity_time", System.currentTimeMillis());
        return node;
    }

    private ObjectNode bot() {
        ObjectNode bot = json.createObjectNode();
        bot.put("user_id", BOT_ID).put("first_name", "RoadmapBot").put("username", BOT_NAME).put("is_bot", true)
                .put("name", "RoadmapBot");
        return bot;
    }

    private ObjectNode success() {
        ObjectNode node = json.createObjectNode();
        node.put("success", true);
        return node;
    }

    private ObjectNode error(String code, String message) {
        ObjectNode node = json.createObjectNode();
        node.put("code", code).put("message", message);
        return node;
    }

    private synchronized long next() {
        return ++sequence;
    }

    private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(key, value);
        }
        return query;
    }
}
