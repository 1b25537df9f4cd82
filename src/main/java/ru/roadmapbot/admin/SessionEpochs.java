package ru.roadmapbot.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ru.roadmapbot.account.Account;
import ru.roadmapbot.account.Accounts;

/**
 * Ends a session whose account was signed out everywhere, deactivated or removed since it signed in: the account's
 * session epoch is in the database, so this holds on every instance and survives restarts.
 */
@Component
public class SessionEpochs extends OncePerRequestFilter {

    private final Accounts accounts;

    SessionEpochs(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user && !current(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean current(ConsoleUser user) {
        return accounts.byId(user.accountId()).filter(Account::isActive)
                .filter(account -> account.getSessionEpoch() == user.epoch()).isPresent();
    }
}
