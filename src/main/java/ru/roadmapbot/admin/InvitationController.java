package ru.roadmapbot.admin;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.IssuedInvitation;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.people.RussianTimeZones;

/** Invitations from the web: the same one-time deep links as the bot's /invite and the command line. */
@Controller
class InvitationController {

    /** A zone to choose, named by its city and offset as in the bot's settings: "Екатеринбург (UTC+5)". */
    record ZoneChoice(String id, String label) {
    }

    private final Invitations invitations;
    private final Texts texts;
    private final Clock clock;

    InvitationController(Invitations invitations, Texts texts, Clock clock) {
        this.invitations = invitations;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/admin/invitations")
    String form(Model model, Locale locale) {
        model.addAttribute("roles", roles());
        model.addAttribute("zones", zones(Texts.language(locale)));
        return "invitations";
    }

    private List<ZoneChoice> zones(String language) {
        return RussianTimeZones.IDS.stream().map(id -> new ZoneChoice(id, texts.plain(language, "admin.invite.zone-choice",
                texts.plain(language, RussianTimeZones.cityKey(id)), RussianTimeZones.offset(ZoneId.of(id), clock.instant()))))
                .toList();
    }

    @PostMapping("/admin/invitations")
    String invite(@RequestParam Role role, @RequestParam String name, @RequestParam(required = false) String organization,
                  @RequestParam(required = false) String schools, @RequestParam(required = false) String zone,
                  Model model, Locale locale) {
        String language = Texts.language(locale);
        model.addAttribute("roles", roles());
        model.addAttribute("zones", zones(language));
        if (name.isBlank() || (role == Role.DIRECTOR && (organization == null || organization.isBlank()))) {
            model.addAttribute("error", texts.plain(language, "admin.invite.incomplete"));
            return "invitations";
        }
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
        IssuedInvitation issued = invitations.invite(new InvitationRequest(role, name.strip(),
                organization == null || organization.isBlank() ? null : organization.strip(), curated, timeZone, null));
        model.addAttribute("issued", issued);
        model.addAttribute("invitedName", name.strip());
        return "invitations";
    }

    private static List<Role> roles() {
        return List.of(Role.DIRECTOR, Role.CURATOR, Role.MUNICIPAL_COORDINATOR, Role.REGIONAL_COORDINATOR);
    }
}
