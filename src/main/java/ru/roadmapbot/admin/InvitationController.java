package ru.roadmapbot.admin;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.InvitationInvalidException;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.IssuedInvitation;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.people.RussianTimeZones;
import ru.roadmapbot.territory.Territories;
import ru.roadmapbot.territory.Territory;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * Invitations from the console: the same one-time deep links as the bot's /invite and the command line, under the
 * same rules ({@link Invitations}), within the account's territory; a new link is shown once with its QR code.
 */
@Controller
class InvitationController {

    /** A zone to choose, named by its city and offset as in the bot's settings: "Екатеринбург (UTC+5)". */
    record ZoneChoice(String id, String label) {
    }

    private final Invitations invitations;
    private final Territories territories;
    private final ConsoleScopes scopes;
    private final ConsoleDates dates;
    private final QrCodes qrCodes;
    private final Texts texts;
    private final Clock clock;

    InvitationController(Invitations invitations, Territories territories, ConsoleScopes scopes, ConsoleDates dates,
                         QrCodes qrCodes, Texts texts, Clock clock) {
        this.invitations = invitations;
        this.territories = territories;
        this.scopes = scopes;
        this.dates = dates;
        this.qrCodes = qrCodes;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/admin/invitations")
    String form(@AuthenticationPrincipal ConsoleUser user, Model model, Locale locale) {
        fill(user, model, Texts.language(locale));
        return "invitations";
    }

    private void fill(ConsoleUser user, Model model, String language) {
        model.addAttribute("roles", roles());
        model.addAttribute("zones", zones(language));
        model.addAttribute("territories", territories.all().stream()
                .filter(t -> scopes.of(user).includes(t.getId())).map(Territory::getName).toList());
    }

    private List<ZoneChoice> zones(String language) {
        return RussianTimeZones.IDS.stream().map(id -> new ZoneChoice(id, texts.plain(language, "admin.invite.zone-choice",
                texts.plain(language, RussianTimeZones.cityKey(id)), RussianTimeZones.offset(ZoneId.of(id), clock.instant()))))
                .toList();
    }

    @PostMapping("/admin/invitations")
    String invite(@RequestParam Role role, @RequestParam String name, @RequestParam(required = false) String organization,
                  @RequestParam(required = false) String schools, @RequestParam(required = false) String zone,
                  @RequestParam(required = false) String territory, @AuthenticationPrincipal ConsoleUser user,
                  Model model, Locale locale) {
        String language = Texts.language(locale);
        fill(user, model, language);
        ZoneId timeZone = null;
        if (zone != null && !zone.isBlank()) {
            try {
                timeZone = ZoneId.of(zone);
            } catch (DateTimeException e) {
                model.addAttribute("error", texts.plain(language, "cli.invite.unknown-zone", zone));
                return "invitations";
            }
        }
        List<String> curated = schools == null ? List.of()
                : Arrays.stream(schools.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        IssuedInvitation issued;
        try {
            issued = invitations.invite(new InvitationRequest(role, name.strip(), organization, curated, timeZone, null,
                    territory), scopes.of(user), user.territoryId());
        } catch (InvitationInvalidException e) {
            model.addAttribute("error", e.reason() == InvitationInvalidException.Reason.ORGANIZATION_AMBIGUOUS
                    ? texts.plain(language, e.messageKey(), e.messageArguments()) : texts.plain(language, "admin.invite.incomplete"));
            return "invitations";
        } catch (TerritoryRefusedException e) {
            model.addAttribute("error", texts.plain(language, e.messageKey(), e.messageArguments()));
            return "invitations";
        }
        show(issued, name.strip(), model);
        return "invitations";
    }

    /** A new link, shown this once: with its QR code and the last moment it works, in the console's zone. */
    void show(IssuedInvitation issued, String name, Model model) {
        model.addAttribute("issued", issued);
        model.addAttribute("invitedName", name);
        model.addAttribute("expires", issued.expiresAt().atZone(dates.zone()));
        model.addAttribute("qr", qrCodes.dataUri(issued.link() != null ? issued.link() : issued.token()));
        List<Map.Entry<Channel, String>> links = List.copyOf(issued.linksInOrder().entrySet());
        model.addAttribute("firstChannel", links.isEmpty() ? "" : links.get(0).getKey().title());
        // the other messengers' links, each with its own code: a school moved to MAX scans the MAX one
        model.addAttribute("otherLinks", links.stream().skip(1)
                .map(link -> new ChannelLink(link.getKey().key(), link.getKey().title(), link.getValue(),
                        qrCodes.dataUri(link.getValue())))
                .toList());
    }

    /** One messenger's invitation link and its QR code, for the page. */
    record ChannelLink(String key, String title, String link, String qr) {
    }

    private static List<Role> roles() {
        return List.of(Role.DIRECTOR, Role.CURATOR, Role.MUNICIPAL_COORDINATOR, Role.REGIONAL_COORDINATOR);
    }
}
