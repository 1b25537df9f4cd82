package ru.roadmapbot.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ru.roadmapbot.account.Account;
import ru.roadmapbot.account.Accounts;
import ru.roadmapbot.account.SignInLinks;

/**
 * A one-time sign-in link from the bot ({@code /console}): signs the coordinator's account in once, in a fresh
 * session; a used, expired or unknown link leads to the sign-in page, which says so.
 */
@Controller
class SignInLinkController {

    private final SignInLinks links;
    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInLinkController(SignInLinks links, Accounts accounts) {
        this.links = links;
        this.accounts = accounts;
    }

    @GetMapping("/admin/sign-in/{token}")
    String signIn(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Account account = links.redeem(token).flatMap(accounts::byId).filter(Account::isActive).orElse(null);
        if (account == null) {
            return "redirect:/login?link";
        }
        // a fresh session id, as after a password sign-in: a planted session id must not become a signed-in one
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        ConsoleUser user = ConsoleUser.of(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/admin";
    }
}
