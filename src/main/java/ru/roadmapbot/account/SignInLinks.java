package ru.roadmapbot.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in links for coordinators of the bot: 192 random bits, valid for ten minutes, good once. A link is
 * a key to the console, so like an invitation only its hash is kept.
 */
@Service
public class SignInLinks {

    /** Long enough to open it from the phone, short enough that a forwarded message is useless later. */
    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    private static final int TOKEN_BYTES = 24;

    private final SignInLinkRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInLinks(SignInLinkRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A new link's token for the account. */
    @Transactional
    public String issue(Long accountId) {
        Instant now = clock.instant();
        repository.deleteExpiredBefore(now.minus(Duration.ofDays(1)));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.save(new SignInLink(hash(token), accountId, now.plus(VALID_FOR)));
        return token;
    }

    /** The account a token signs in, once; empty for an unknown, used or expired token. */
    @Transactional
    public Optional<Long> redeem(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{32}")) {
            return Optional.empty();
        }
        String hash = hash(token);
        if (repository.use(hash, clock.instant()) != 1) {
            return Optional.empty();
        }
        return repository.findByTokenHash(hash).map(SignInLink::getAccountId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
