package ru.roadmapbot.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing per login and per address: after {@value #SLOW_AFTER} failures each attempt waits a
 * growing delay (5, 10, 20 … seconds, at most a minute), and after {@value #LOCK_AFTER} the login or address is locked
 * for fifteen minutes. An attempt during the delay counts as a failure: a quick guesser reaches the lock, a person who
 * waits loses nothing. A success clears the login's count. Failures are logged without the password.
 */
@Service
public class LoginThrottle {

    static final int SLOW_AFTER = 5;
    static final int LOCK_AFTER = 20;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** The column's width: a login typed is not trusted to be short. */
    private static final int MAX_KEY = 200;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** May this attempt be checked at all; if not, until when it may not. */
    public record Verdict(boolean allowed, Instant notBefore, boolean locked) {

        static final Verdict ALLOWED = new Verdict(true, null, false);
    }

    private final LoginAttemptRepository attempts;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Whether a password may be checked now for this login from this address. */
    @Transactional(readOnly = true)
    public Verdict check(String login, String address) {
        Instant now = clock.instant();
        Verdict worst = Verdict.ALLOWED;
        for (String key : keys(login, address)) {
            Verdict verdict = attempts.findById(key).map(attempt -> verdictOf(attempt, now)).orElse(Verdict.ALLOWED);
            if (!verdict.allowed() && (worst.allowed() || verdict.locked()
                    || (!worst.locked() && verdict.notBefore().isAfter(worst.notBefore())))) {
                worst = verdict;
            }
        }
        return worst;
    }

    /** A wrong password, or an attempt refused by the throttle. */
    @Transactional
    public void failed(String login, String address) {
        Instant now = clock.instant();
        for (String key : keys(login, address)) {
            LoginAttempt attempt = attempts.findById(key).orElseGet(() -> new LoginAttempt(key));
            attempt.failed(now, LOCK_AFTER, LOCK_FOR);
            try {
                attempts.saveAndFlush(attempt);
            } catch (DataIntegrityViolationException concurrentFirstFailure) {
                // another instance counted this key's first failure at the same moment: one of the two counts
            }
        }
        int failures = attempts.findById(loginKey(login)).map(LoginAttempt::getFailures).orElse(0);
        log.warn("Console sign-in refused for login '{}' from {} ({} failures in a row)", login, address, failures);
    }

    @Transactional
    public void succeeded(String login) {
        attempts.findById(loginKey(login)).ifPresent(attempts::delete);
    }

    private static Verdict verdictOf(LoginAttempt attempt, Instant now) {
        if (attempt.getLockedUntil() != null && now.isBefore(attempt.getLockedUntil())) {
            return new Verdict(false, attempt.getLockedUntil(), true);
        }
        if (attempt.getFailures() < SLOW_AFTER || attempt.getFailures() >= LOCK_AFTER) {
            return Verdict.ALLOWED;
        }
        Instant notBefore = attempt.getLastFailureAt().plus(delay(attempt.getFailures()));
        return now.isBefore(notBefore) ? new Verdict(false, notBefore, false) : Verdict.ALLOWED;
    }

    static Duration delay(int failures) {
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(20, failures - SLOW_AFTER));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static List<String> keys(String login, String address) {
        return address == null ? List.of(loginKey(login)) : List.of(loginKey(login), "address:" + address);
    }

    private static String loginKey(String login) {
        String key = "login:" + Optional.ofNullable(login).orElse("").strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
