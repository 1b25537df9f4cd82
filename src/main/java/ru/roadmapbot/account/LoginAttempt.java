package ru.roadmapbot.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Wrong passwords for one login or from one address, counted in the database so every instance sees them. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    @Id
    @Column(name = "attempt_key")
    private String key;

    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginAttempt() {
    }

    LoginAttempt(String key) {
        this.key = key;
    }

    void failed(Instant now, int lockAfter, java.time.Duration lockFor) {
        failures++;
        lastFailureAt = now;
        if (failures >= lockAfter) {
            lockedUntil = now.plus(lockFor);
        }
    }

    int getFailures() {
        return failures;
    }

    Instant getLastFailureAt() {
        return lastFailureAt;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
