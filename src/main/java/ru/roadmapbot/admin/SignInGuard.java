package ru.roadmapbot.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import ru.roadmapbot.account.LoginThrottle;
import ru.roadmapbot.people.PeopleProperties;

/**
 * Guards the sign-in form: an attempt the throttle does not allow is refused before the password is looked at (and
 * counts as a failure), a wrong password is counted, a success clears the count. The page says how long to wait or
 * until when the login is locked, never which of login or password was wrong.
 */
@Component
public class SignInGuard extends OncePerRequestFilter implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginThrottle throttle;
    private final PeopleProperties people;
    private final Clock clock;

    SignInGuard(LoginThrottle throttle, PeopleProperties people, Clock clock) {
        this.throttle = throttle;
        this.people = people;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String login = request.getParameter("username");
        LoginThrottle.Verdict verdict = throttle.check(login, request.getRemoteAddr());
        if (verdict.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        throttle.failed(login, request.getRemoteAddr());
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + "/login");
        if (verdict.locked()) {
            ZoneId zone = people.defaultTimeZone();
            target.queryParam("locked", TIME.format(verdict.notBefore().atZone(zone)));
        } else {
            long seconds = Math.max(1, Duration.between(clock.instant(), verdict.notBefore()).toSeconds() + 1);
            target.queryParam("wait", seconds);
        }
        response.sendRedirect(target.build().encode().toUriString());
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        throttle.failed(request.getParameter("username"), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        throttle.succeeded(authentication.getName());
        response.sendRedirect(request.getContextPath() + "/admin");
    }
}
