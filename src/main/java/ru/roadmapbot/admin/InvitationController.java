package ru.roadmapbot.admin;

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

/** Invitations from the web: the same one-time deep links as the bot's /invite and the command line. */
@Controller
class InvitationController {

    static final List<String> ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg",
            "Asia/Omsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan",
            "Asia/Kamchatka");

    private final Invitations invitations;
    private final Texts texts;

    InvitationController(Invitations invitations, Texts texts) {
        this.invitations = invitations;
        this.texts = texts;
    }

    @GetMapping("/admin/invitations")
    String form(Model model) {
        model.addAttribute("roles", roles());
        model.addAttribute("zones", ZONES);
        return "invitations";
    }

    @PostMapping("/admin/invitations")
    String invite(@RequestParam Role role, @RequestParam String name, @RequestParam(required = false) String organization,
                  @RequestParam(required = false) String schools, @RequestParam(required = false) String zone,
                  Model model, Locale locale) {
        model.addAttribute("roles", roles());
        model.addAttribute("zones", ZONES);
        String language = ImportController.language(locale);
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
