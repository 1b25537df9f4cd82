package ru.roadmapbot.max;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.RateLimitedException;
import ru.roadmapbot.messenger.RecipientBlockedException;

/**
 * The only caller of MAX's Bot API, over the JDK's HTTP client. Every request carries the token in the
 * {@code Authorization} header, bare (MAX refuses {@code ?access_token=} since February 2026 and wants no "Bearer");
 * no {@code v} parameter is sent, so messages come back with {@code body}. Answers become the messenger port's
 * exceptions: 403 blocked, 429 wait, 5xx and the network transient, the rest not.
 * <p>
 * Endpoints used: {@code GET /me}, {@code GET /updates}, {@code POST/DELETE /subscriptions}, {@code POST /messages},
 * {@code PUT /messages}, {@code POST /answers}, {@code POST /uploads} with the upload URL it returns,
 * {@code PATCH /me/commands}, and a plain GET of an incoming file's URL.
 */
class MaxApi {

    /** MAX answers 429 without Retry-After; a second is the wait its clients use first. */
    private static final Duration DEFAULT_RETRY = Duration.ofSeconds(1);

    private final HttpClient http;
    private final String base;
    private final String token;
    private final ObjectMapper json = JsonMapper.builder().build();

    MaxApi(HttpClient http, URI baseUrl, String token) {
        this.http = http;
        this.base = baseUrl.toString().replaceAll("/+$", "");
        this.token = token;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** The bot itself: {@code user_id}, {@code username}, {@code first_name}. */
    JsonNode me() {
        return call("GET", "/me", null);
    }

    /** The next updates after {@code marker} (null: from the last commit), waiting up to {@code timeout} seconds. */
    JsonNode updates(Long marker, int timeoutSeconds, List<String> types) {
        String query = "?limit=100&timeout=" + timeoutSeconds + "&types=" + String.join(",", types)
                + (marker == null ? "" : "&marker=" + marker);
        return call("GET", "/updates" + query, null, Duration.ofSeconds(timeoutSeconds + 15L));
    }

    /** Sends a message to a person's dialog; returns the new message's id ({@code message.body.mid}). */
    String send(String userId, ObjectNode body) {
        JsonNode answer = call("POST", "/messages?user_id=" + encode(userId) + "&disable_link_preview=true", body);
        return answer.path("message").path("body").path("mid").asString(null);
    }

    void edit(String messageId, ObjectNode body) {
        call("PUT", "/messages?message_id=" + encode(messageId), body);
    }

    /** Answers a button press with a short notice (or none): the person's client stops waiting. */
    void answer(String callbackId, String notification) {
        ObjectNode body = object();
        if (notification != null && !notification.isBlank()) {
            body.put("notification", notification);
        }
        call("POST", "/answers?callback_id=" + encode(callbackId), body);
    }

    void subscribe(String url, String secret, List<String> types) {
        ObjectNode body = object();
        body.put("url", url);
        body.put("secret", secret);
        var updateTypes = body.putArray("update_types");
        types.forEach(updateTypes::add);
        call("POST", "/subscriptions", body);
    }

    void unsubscribe(String url) {
        call("DELETE", "/subscriptions?url=" + encode(url), null);
    }

    /** The command menu ({@code PATCH /me/commands}); newer than the rest of the API, so a refusal is only logged. */
    void setCommands(List<String[]> commands) {
        ObjectNode body = object();
        var list = body.putArray("commands");
        for (String[] command : commands) {
            list.addObject().put("name", command[0]).put("description", command[1]);
        }
        call("PATCH", "/me/commands", body);
    }

    /**
     * Uploads a file in MAX's two steps (an upload URL, then a multipart POST of the field {@code data} to it) and
     * returns the token to attach.
     */
    String upload(String fileName, byte[] content) {
        String url = call("POST", "/uploads?type=file", null).path("url").asString(null);
        if (url == null) {
            throw new DeliveryFailedException("MAX gave no upload URL", true, null);
        }
        String boundary = "----roadmapbot" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + fileName.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build();
        JsonNode answer = parse(exchange(request));
        String fileToken = answer.path("token").asString(null);
        if (fileToken == null) {
            throw new DeliveryFailedException("MAX kept the upload but gave no token", false, null);
        }
        return fileToken;
    }

    /** Downloads a file a person sent (a plain GET of its URL), refusing one larger than {@code maxBytes}. */
    byte[] download(String url, long maxBytes) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", token).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("download failed with HTTP " + response.statusCode());
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new IOException("file larger than " + maxBytes + " bytes");
                }
                return bytes;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private JsonNode call(String method, String path, ObjectNode body) {
        return call(method, path, body, Duration.ofSeconds(30));
    }

    private JsonNode call(String method, String path, ObjectNode body, Duration timeout) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", token).method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        return parse(exchange(request.build()));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailedException("MAX is unreachable: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while calling MAX", true, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response;
        }
        String code = errorCode(response.body());
        String description = "MAX answered " + status + " " + code;
        if (status == 403 && !"deprecated.token".equals(code)) {
            throw new RecipientBlockedException(description, null);
        }
        if (status == 429) {
            throw new RateLimitedException(retryAfter(response), null);
        }
        if ("attachment.not.ready".equals(code)) {
            throw new AttachmentNotReadyException(description);
        }
        throw new DeliveryFailedException(description, status >= 500, null);
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
        } catch (JacksonException e) {
            throw new DeliveryFailedException("MAX answered something that is not JSON", true, e);
        }
    }

    private String errorCode(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body).path("code").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofSeconds(Math.max(1, Long.parseLong(value.strip())));
            } catch (NumberFormatException notSeconds) {
                return DEFAULT_RETRY;
            }
        }).orElse(DEFAULT_RETRY);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A file just uploaded is still being processed by MAX: the message with it may be sent again shortly. */
    static class AttachmentNotReadyException extends DeliveryFailedException {

        AttachmentNotReadyException(String message) {
            super(message, true, null);
        }
    }
}
