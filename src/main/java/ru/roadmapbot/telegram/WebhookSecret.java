package ru.roadmapbot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret_token Telegram sends with every webhook update (X-Telegram-Bot-Api-Secret-Token). Configured, or derived
 * from the bot token so that every instance knows it without one more setting; compared in constant time.
 */
final class WebhookSecret {

    private final byte[] secret;

    WebhookSecret(TelegramProperties properties) {
        String configured = properties.webhookSecret();
        this.secret = (configured == null || configured.isBlank() ? derived(properties.token()) : configured)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Telegram allows 1–256 characters of A–Z, a–z, 0–9, _ and -: base64url of an HMAC is such a string. */
    private static String derived(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal("roadmapbot-webhook".getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    String value() {
        return new String(secret, StandardCharsets.UTF_8);
    }

    /** Whether a request carries the secret; the time taken does not depend on how much of it matches. */
    boolean matches(String header) {
        return header != null && MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8));
    }
}
