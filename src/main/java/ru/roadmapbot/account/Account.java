package ru.roadmapbot.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A coordinator's console account. Its territory bounds every page, export and file it may see; none means the
 * whole instance (the first account an instance is set up with). Raising the session epoch signs every session of
 * the account out.
 */
@Entity
@Table(name = "console_account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String login;

    @Column(name = "login_key")
    private String loginKey;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountRole role;

    @Column(name = "territory_id")
    private Long territoryId;

    /** The bot's participant this account belongs to, when it was made for a one-time link from the bot. */
    @Column(name = "participant_id")
    private Long participantId;

    private boolean active;

    @Column(name = "session_epoch")
    private int sessionEpoch;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Account() {
    }

    Account(String login, AccountRole role, Long territoryId, Long participantId, Instant now) {
        this.login = login.strip();
        this.loginKey = keyOf(login);
        this.role = role;
        this.territoryId = territoryId;
        this.participantId = participantId;
        this.active = true;
        this.createdAt = now;
    }

    static String keyOf(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void place(AccountRole role, Long territoryId) {
        this.role = role;
        this.territoryId = territoryId;
    }

    void signOutEverywhere() {
        this.sessionEpoch++;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountRole getRole() {
        return role;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public boolean isActive() {
        return active;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Account that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }
}
