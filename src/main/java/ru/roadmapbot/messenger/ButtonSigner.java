package ru.roadmapbot.messenger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binds each button to the person it was sent to: button data is {@code action:payload:signature}, the signature an
 * HMAC of the user id, action and payload under a key derived from the transport's bot token (so every instance
 * agrees without sharing state). A press by anyone else, or with altered data, fails verification. Each transport
 * signs what it sends and verifies what comes back; Telegram limits the data to 64 bytes, MAX to 1,024 characters.
 */
public final class ButtonSigner {

    private static final int SIGNATURE_CHARS = 11;

    private final byte[] key;
    private final int maxDataBytes;

    public ButtonSigner(String botToken, int maxDataBytes) {
        try {
            this.key = MessageDigest.getInstance("SHA-256").digest(("callbacks:" + botToken).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.maxDataBytes = maxDataBytes;
    }

    public String sign(String userId, Button button) {
        String body = button.action() + ":" + button.payload();
        String data = body + ":" + signature(userId, body);
        if (data.getBytes(StandardCharsets.UTF_8).length > maxDataBytes) {
            throw new IllegalArgumentException("button data over " + maxDataBytes + " bytes: " + body);
        }
        return data;
    }

    /** The verified action and payload, or empty when the data was not signed for this user. */
    public Optional<VerifiedPress> verify(String userId, String data) {
        if (data == null) {
            return Optional.empty();
        }
        int last = data.lastIndexOf(':');
        int first = data.indexOf(':');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String body = data.substring(0, last);
        String given = data.substring(last + 1);
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                signature(userId, body).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new VerifiedPress(body.substring(0, first), body.substring(first + 1)));
    }

    /** A press whose data was signed for the person who pressed. */
    public record VerifiedPress(String action, String payload) {
    }

    private String signature(String userId, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((userId + ":" + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIGNATURE_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
