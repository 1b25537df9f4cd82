package ru.roadmapbot.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Invitation tokens: 192 random bits as 32 base64url characters, which fits Telegram's /start payload
 * (at most 64 characters of {@code [A-Za-z0-9_-]}).
 */
final class InvitationTokens {

    private static final int RANDOM_BYTES = 24;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");

    private final SecureRandom random = new SecureRandom();

    String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
