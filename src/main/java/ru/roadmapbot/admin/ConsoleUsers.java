package ru.roadmapbot.admin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import ru.roadmapbot.account.Accounts;

/** Console accounts for Spring Security's sign-in: active accounts with a password (bot-made ones sign in by link). */
@Component
public class ConsoleUsers implements UserDetailsService {

    private final Accounts accounts;

    ConsoleUsers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return accounts.byLogin(login).filter(account -> account.isActive() && account.getPasswordHash() != null)
                .map(ConsoleUser::of).orElseThrow(() -> new UsernameNotFoundException("no such console account"));
    }
}
