package ru.roadmapbot.admin;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import ru.roadmapbot.account.Account;
import ru.roadmapbot.account.AccountRole;

/**
 * Who is signed in to the console: the account, its role and territory, and the session epoch it signed in under
 * (a later "sign out everywhere" raises the account's epoch and ends this session).
 *
 * @param territoryId the account's territory; null for the whole instance
 */
public record ConsoleUser(Long accountId, String login, AccountRole role, Long territoryId, int epoch,
                          String passwordHash) implements UserDetails, Serializable {

    static ConsoleUser of(Account account) {
        return new ConsoleUser(account.getId(), account.getLogin(), account.getRole(), account.getTerritoryId(),
                account.getSessionEpoch(), account.getPasswordHash());
    }

    /** Regional coordinators manage accounts; both roles see the console within their territory. */
    public boolean regional() {
        return role == AccountRole.REGIONAL;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    /** The hash need not travel in the session once the password is checked. */
    ConsoleUser withoutPassword() {
        return new ConsoleUser(accountId, login, role, territoryId, epoch, null);
    }
}
