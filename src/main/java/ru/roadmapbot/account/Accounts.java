package ru.roadmapbot.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.territory.Territories;
import ru.roadmapbot.territory.Territory;
import ru.roadmapbot.territory.TerritoryKind;

/**
 * Console accounts: made from the command line (the first one, and password resets), by a regional coordinator in
 * the console, or for a coordinator of the bot who asks for a sign-in link. Passwords are hashed by Spring Security's
 * delegating encoder and never written anywhere else.
 */
@Service
public class Accounts {

    /** Long enough that guessing, throttled as it is, gets nowhere. */
    public static final int MIN_PASSWORD = 10;
    private static final Pattern LOGIN = Pattern.compile("[\\p{L}\\p{N}._@-]{3,60}");
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final AccountRepository repository;
    private final Territories territories;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(AccountRepository repository, Territories territories, PasswordEncoder encoder, Clock clock) {
        this.repository = repository;
        this.territories = territories;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * A new account with a password.
     *
     * @param territory the territory as typed; null for a regional account over the whole instance
     * @throws AccountRefusedException the login is taken or malformed, the password too short, the territory of the
     *                                 wrong kind for the role
     * @throws ru.roadmapbot.territory.TerritoryRefusedException the territory is unknown or ambiguous
     */
    @Transactional
    public Account create(String login, AccountRole role, String territory, String password) {
        if (login == null || !LOGIN.matcher(login.strip()).matches()) {
            throw new AccountRefusedException(AccountRefusedException.Reason.LOGIN_INVALID, login);
        }
        if (repository.findByLoginKey(Account.keyOf(login)).isPresent()) {
            throw new AccountRefusedException(AccountRefusedException.Reason.LOGIN_TAKEN, login);
        }
        checkPassword(password);
        Long territoryId = territoryFor(role, territory);
        Account account = new Account(login, role, territoryId, null, clock.instant());
        account.setPasswordHash(encoder.encode(password));
        account = repository.save(account);
        log.info("Console account {} created ({}, territory {})", account.getLogin(), role, territoryId);
        return account;
    }

    /** A new password; every session of the account is signed out. */
    @Transactional
    public Account changePassword(String login, String password) {
        Account account = repository.findByLoginKey(Account.keyOf(login == null ? "" : login))
                .orElseThrow(() -> new AccountRefusedException(AccountRefusedException.Reason.UNKNOWN_LOGIN, login));
        checkPassword(password);
        account.setPasswordHash(encoder.encode(password));
        account.signOutEverywhere();
        log.info("Console account {}: password changed, sessions signed out", account.getLogin());
        return repository.save(account);
    }

    /**
     * The account of a coordinator of the bot, made on their first request for a sign-in link and kept in step with
     * their role and territory. It has no password: it signs in by one-time links only.
     */
    @Transactional
    public Account forParticipant(Long participantId, String name, AccountRole role, Long territoryId) {
        Account account = repository.findByParticipantId(participantId).orElseGet(() -> new Account(
                uniqueLogin(name, participantId), role, territoryId, participantId, clock.instant()));
        account.place(role, territoryId);
        return repository.save(account);
    }

    /** The first account of an instance, from {@code ROADMAPBOT_ADMIN_PASSWORD}: regional, over everything. */
    @Transactional
    public Optional<Account> bootstrap(String login, String password) {
        if (password == null || password.isBlank() || repository.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(create(login, AccountRole.REGIONAL, null, password));
    }

    @Transactional(readOnly = true)
    public boolean any() {
        return repository.count() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Account> byLogin(String login) {
        return login == null ? Optional.empty() : repository.findByLoginKey(Account.keyOf(login));
    }

    @Transactional(readOnly = true)
    public Optional<Account> byId(Long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return repository.findAllByOrderByLogin();
    }

    /** Signs out every session of the account: the next request of each goes to the sign-in page. */
    @Transactional
    public void signOutEverywhere(Long id) {
        repository.findById(id).ifPresent(account -> {
            account.signOutEverywhere();
            repository.save(account);
        });
    }

    @Transactional
    public void setActive(Long id, boolean active) {
        repository.findById(id).ifPresent(account -> {
            account.setActive(active);
            account.signOutEverywhere();
            repository.save(account);
        });
    }

    private void checkPassword(String password) {
        if (password == null || password.strip().length() < MIN_PASSWORD) {
            throw new AccountRefusedException(AccountRefusedException.Reason.PASSWORD_WEAK, null);
        }
    }

    private Long territoryFor(AccountRole role, String typed) {
        if (typed == null || typed.isBlank()) {
            if (role == AccountRole.MUNICIPAL) {
                throw new AccountRefusedException(AccountRefusedException.Reason.WRONG_TERRITORY, "");
            }
            return null;
        }
        Territory territory = territories.findOrCreate(typed);
        TerritoryKind wanted = role == AccountRole.REGIONAL ? TerritoryKind.REGION : TerritoryKind.MUNICIPALITY;
        if (territory.getKind() != wanted) {
            throw new AccountRefusedException(AccountRefusedException.Reason.WRONG_TERRITORY, territory.getName());
        }
        return territory.getId();
    }

    private String uniqueLogin(String name, Long participantId) {
        String base = "bot-" + participantId;
        return repository.findByLoginKey(base).isEmpty() ? base : base + "-" + clock.millis();
    }
}
