package ru.roadmapbot.admin;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.roadmapbot.account.Account;
import ru.roadmapbot.account.AccountRefusedException;
import ru.roadmapbot.account.AccountRole;
import ru.roadmapbot.account.Accounts;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.territory.Territories;
import ru.roadmapbot.territory.Territory;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * Accounts, for regional coordinators: the accounts of their territory, new ones for its municipalities (or for the
 * region), deactivating one, signing one out everywhere. Anyone may sign themselves out everywhere.
 */
@Controller
class AccountsController {

    private final Accounts accounts;
    private final Territories territories;
    private final ConsoleScopes scopes;
    private final ConsoleDates dates;
    private final Texts texts;

    AccountsController(Accounts accounts, Territories territories, ConsoleScopes scopes, ConsoleDates dates, Texts texts) {
        this.accounts = accounts;
        this.territories = territories;
        this.scopes = scopes;
        this.dates = dates;
        this.texts = texts;
    }

    /** An account's line. */
    record AccountLine(Long id, String login, String roleKey, String territory, boolean active, boolean viaBot,
                       ZonedDateTime createdAt) {
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        regional(user);
        model.addAttribute("accounts", visible(user).stream().map(a -> new AccountLine(a.getId(), a.getLogin(),
                a.getRole().messageKey(), territories.nameOf(a.getTerritoryId()), a.isActive(), a.getPasswordHash() == null,
                a.getCreatedAt().atZone(dates.zone()))).toList());
        model.addAttribute("roles", AccountRole.values());
        model.addAttribute("territories", territories.all().stream().filter(t -> scopes.of(user).includes(t.getId()))
                .map(Territory::getName).toList());
        return "accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam String login, @RequestParam AccountRole role,
                  @RequestParam(required = false) String territory, @RequestParam String password,
                  @RequestParam String repeat, @AuthenticationPrincipal ConsoleUser user, RedirectAttributes redirect,
                  Locale locale) {
        regional(user);
        String language = Texts.language(locale);
        String refusal = refusal(user, territory, password, repeat, language);
        if (refusal == null) {
            try {
                Account account = accounts.create(login, role, territory, password);
                redirect.addFlashAttribute("message", texts.plain(language, "accounts.created", account.getLogin()));
                return "redirect:/admin/accounts";
            } catch (AccountRefusedException e) {
                refusal = texts.plain(language, e.messageKey(), e.messageArguments());
            } catch (TerritoryRefusedException e) {
                refusal = texts.plain(language, e.messageKey(), e.messageArguments());
            }
        }
        redirect.addFlashAttribute("error", refusal);
        return "redirect:/admin/accounts";
    }

    /** Why the form cannot make this account, before the rules of {@link Accounts} are asked; null if it can. */
    private String refusal(ConsoleUser user, String territory, String password, String repeat, String language) {
        if (!password.equals(repeat)) {
            return texts.plain(language, "accounts.passwords-differ");
        }
        if (territory == null || territory.isBlank()) {
            return user.territoryId() == null ? null : texts.plain(language, "accounts.territory-needed");
        }
        Optional<Territory> found = territories.find(territory);
        if (found.isEmpty() || !scopes.of(user).includes(found.get().getId())) {
            return texts.plain(language, "accounts.territory-outside", territory);
        }
        return null;
    }

    @PostMapping("/admin/accounts/{id}/deactivate")
    String deactivate(@PathVariable Long id, @AuthenticationPrincipal ConsoleUser user, RedirectAttributes redirect,
                      Locale locale) {
        Account account = own(id, user);
        accounts.setActive(account.getId(), false);
        redirect.addFlashAttribute("message", texts.plain(Texts.language(locale), "accounts.deactivated", account.getLogin()));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/sign-out")
    String signOut(@PathVariable Long id, @AuthenticationPrincipal ConsoleUser user, RedirectAttributes redirect,
                   Locale locale) {
        Account account = own(id, user);
        accounts.signOutEverywhere(account.getId());
        redirect.addFlashAttribute("message", texts.plain(Texts.language(locale), "accounts.signed-out", account.getLogin()));
        return "redirect:/admin/accounts";
    }

    /** Every session of the signed-in account ends, this one too. */
    @PostMapping("/admin/sign-out-everywhere")
    String signOutEverywhere(@AuthenticationPrincipal ConsoleUser user, Authentication authentication,
                             HttpServletRequest request, HttpServletResponse response) {
        accounts.signOutEverywhere(user.accountId());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?logout";
    }

    private List<Account> visible(ConsoleUser user) {
        return accounts.all().stream().filter(a -> user.territoryId() == null
                || (a.getTerritoryId() != null && scopes.of(user).includes(a.getTerritoryId()))).toList();
    }

    private Account own(Long id, ConsoleUser user) {
        regional(user);
        return visible(user).stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow(ConsoleScopes::notFound);
    }

    /** Accounts are the region's business: to a municipal account the pages do not exist. */
    private static void regional(ConsoleUser user) {
        if (!user.regional()) {
            throw ConsoleScopes.notFound();
        }
    }
}
