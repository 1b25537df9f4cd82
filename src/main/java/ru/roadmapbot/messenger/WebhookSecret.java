package ru.roadmapbot.messenger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret a messenger sends with every webhook update (Telegram's X-Telegram-Bot-Api-Secret-Token, MAX's
 * X-Max-Bot-Api-Secret). Configured, or derived from the bot token so that every instance knows it without one more
 * setting; compared in constant time.
 */
public final class WebhookSecret {

    private final byte[] secret;

    /** @param configured the secret set by the operator, or null/blank to derive one from {@code botToken} */
    public WebhookSecret(String configured, String botToken) {
        this.secret = (configured == null || configured.isBlank() ? derived(botToken) : configured)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Both messengers allow letters, digits, _ and - (Telegram 1–256 characters, MAX 5–256): base64url of an HMAC is
     * such a string.
     */
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

    public String value() {
        return new String(secret, StandardCharsets.UTF_8);
    }

    /** Whether a request carries the secret; the time taken does not depend on how much of it matches. */
    public boolean matches(String header) {
        return header != null && MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8));
    }
}
