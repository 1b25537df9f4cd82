package ru.roadmapbot.messenger;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;

/**
 * What every messenger's webhook checks before it reads an update: the secret header first (a request without it, or
 * with a wrong one, is refused with 403 before its body is read), then the size (updates are a few kilobytes;
 * anything far larger is not the messenger's, 413).
 *
 * @param body    the request's body, when admitted
 * @param refusal the status to answer instead, when not
 */
public record WebhookRequest(byte[] body, HttpStatus refusal) {

    static final int MAX_BODY = 1 << 20;

    public static WebhookRequest admit(HttpServletRequest request, String secretHeader, WebhookSecret secret)
            throws IOException {
        if (!secret.matches(request.getHeader(secretHeader))) {
            return new WebhookRequest(null, HttpStatus.FORBIDDEN);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return new WebhookRequest(null, HttpStatus.CONTENT_TOO_LARGE);
        }
        return new WebhookRequest(body, null);
    }

    public boolean admitted() {
        return refusal == null;
    }
}
