package ru.roadmapbot.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The npm package telegram-test-api, patched by {@code src/test/emulator/emulator.js}, run as a child process on
 * 127.0.0.1 and driven through its client API: users send commands, messages, button presses and documents;
 * the test reads what the bot sent from the update history.
 */
public final class TelegramEmulator implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token";
    private static final Path DIRECTORY = Path.of("src/test/emulator");

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private TelegramEmulator(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static TelegramEmulator start() throws IOException, InterruptedException {
        if (!Files.isDirectory(DIRECTORY.resolve("node_modules/telegram-test-api"))) {
            throw new IllegalStateException("The Bot API emulator is not installed: run `npm install --prefix "
                    + DIRECTORY + "` (the Maven build does it when Node.js is on the PATH; .ci/run installs Node.js)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder("node", "emulator.js", String.valueOf(port)).directory(DIRECTORY.toFile())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("emulator listening")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            if (ready.get(20, TimeUnit.SECONDS) == null) {
                throw new IllegalStateException("emulator exited before listening");
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("emulator did not start", e);
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the emulator never blocks on its own output
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new TelegramEmulator(process, port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A Telegram user of the emulator; the private chat id equals the user id, as in Telegram. */
    public record User(long id, String firstName) {
    }

    public void command(User user, String text) {
        String name = text.split("\\s+")[0];
        Map<String, Object> message = message(user, text);
        message.put("entities", List.of(Map.of("offset", 0, "length", name.length(), "type", "bot_command")));
        post("/sendCommand", message);
    }

    public void text(User user, String text) {
        post("/sendMessage", message(user, text));
    }

    void sticker(User user) {
        Map<String, Object> message = message(user, null);
        message.remove("text");
        message.put("sticker", Map.of("file_id", "sticker1", "file_unique_id", "s1", "width", 512, "height", 512,
                "is_animated", false, "is_video", false, "type", "regular"));
        post("/sendMessage", message);
    }

    public void press(User user, String callbackData, long messageId) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", messageId);
        message.put("chat", Map.of("id", user.id(), "type", "private", "first_name", user.firstName()));
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", "…");
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("botToken", TOKEN);
        query.put("from", from(user));
        query.put("message", message);
        query.put("data", callbackData);
        post("/sendCallback", query);
    }

    public void upload(User user, String fileName, byte[] content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("botToken", TOKEN);
        body.put("fileName", fileName);
        body.put("base64", Base64.getEncoder().encodeToString(content));
        body.put("message", message(user, null));
        post("/uploadDocument", body);
    }

    /** How many messages the bot sent to the user since the last call (the emulator marks them read). */
    int takeNewMessages(User user) {
        JsonNode unread = post("/getUpdates", Map.of("token", TOKEN, "chatId", user.id()));
        return unread.get("result").size();
    }

    /** Everything the bot sent (messages, edits applied, answered callbacks), oldest first. */
    List<JsonNode> botOutput() {
        JsonNode history = post("/getUpdatesHistory", Map.of("token", TOKEN));
        List<JsonNode> bot = new ArrayList<>();
        for (JsonNode entry : history.get("result")) {
            JsonNode message = entry.get("message");
            if (message != null && (message.has("chat_id") || message.has("method"))) {
                JsonNode withId = message;
                if (entry.has("messageId") && message.isObject()) {
                    ((tools.jackson.databind.node.ObjectNode) withId).put("message_id", entry.get("messageId").asLong());
                }
                bot.add(withId);
            }
        }
        return bot;
    }

    /** Messages the bot sent to a chat, oldest first (with their current text after edits). */
    public List<JsonNode> messagesTo(User user) {
        return botOutput().stream().filter(m -> m.has("chat_id") && m.get("chat_id").asLong() == user.id()
                && m.has("text")).toList();
    }

    /** Waits until the bot has sent the user a document (sendDocument) with this file name; its bytes are in base64. */
    JsonNode awaitDocument(User user, String fileName) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode message : botOutput()) {
                if (message.has("chat_id") && message.get("chat_id").asLong() == user.id() && message.has("document")
                        && fileName.equals(message.get("document").get("file_name").asString())) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no document " + fileName + " for " + user);
    }

    /** Waits until the bot has sent a message to the user that matches. */
    public JsonNode awaitMessage(User user, Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode message : messagesTo(user)) {
                if (match.test(message)) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching message to " + user + " within " + timeout + "; got: " + messagesTo(user));
    }

    /** Waits for the bot's answer to a button press (the short notice on the presser's screen) with this text. */
    public JsonNode awaitAnswer(String fragment) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode message : botOutput()) {
                if (message.has("method") && "answerCallbackQuery".equalsIgnoreCase(message.get("method").asString())
                        && message.has("text") && message.get("text").asString().contains(fragment)) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no answer to a button press saying '" + fragment + "'");
    }

    /** The callback data of the button whose label contains the fragment. */
    public static String button(JsonNode message, String labelFragment) {
        JsonNode markup = message.get("reply_markup");
        if (markup != null) {
            for (JsonNode row : markup.get("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.get("text").asString().contains(labelFragment)) {
                        return button.get("callback_data").asString();
                    }
                }
            }
        }
        throw new AssertionError("no button '" + labelFragment + "' in " + message);
    }

    public JsonNode awaitText(User user, String fragment) throws InterruptedException {
        return awaitMessage(user, m -> m.get("text").asString().contains(fragment), Duration.ofSeconds(15));
    }

    private Map<String, Object> message(User user, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("botToken", TOKEN);
        message.put("from", from(user));
        message.put("chat", Map.of("id", user.id(), "type", "private", "first_name", user.firstName()));
        message.put("date", Instant.now().getEpochSecond());
        if (text != null) {
            message.put("text", text);
        }
        return message;
    }

    private static Map<String, Object> from(User user) {
        return Map.of("id", user.id(), "is_bot", false, "first_name", user.firstName(), "language_code", "ru");
    }

    private JsonNode post(String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
