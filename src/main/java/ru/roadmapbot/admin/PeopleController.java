package ru.roadmapbot.admin;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Contact;
import ru.roadmapbot.people.InvitationView;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.territory.Territories;

/**
 * The people of the account's territory: who registered, stopped, blocked the bot or was taken off the project, and
 * the invitations (sent, used, expired, revoked) with revoke and a new link; a person can be deactivated and a
 * curator's schools changed. Everything outside the territory is 404.
 */
@Controller
class PeopleController {

    private final Participants participants;
    private final Invitations invitations;
    private final Organizations organizations;
    private final Territories territories;
    private final ConsoleScopes scopes;
    private final ConsoleDates dates;
    private final InvitationController issuing;
    private final Texts texts;

    PeopleController(Participants participants, Invitations invitations, Organizations organizations,
                     Territories territories, ConsoleScopes scopes, ConsoleDates dates, InvitationController issuing,
                     Texts texts) {
        this.participants = participants;
        this.invitations = invitations;
        this.organizations = organizations;
        this.territories = territories;
        this.scopes = scopes;
        this.dates = dates;
        this.issuing = issuing;
        this.texts = texts;
    }

    /** A person's line. */
    record PersonLine(Long id, String name, String roleKey, String organization, String territory, String statusKey,
                      ZonedDateTime registeredAt, List<String> schools, boolean curator, boolean active,
                      List<String> channels) {
    }

    /** An invitation's line. */
    record InvitationLine(Long id, String name, String roleKey, String organization, String territory,
                          ZonedDateTime createdAt, ZonedDateTime expiresAt, String stateKey, boolean open) {
    }

    @GetMapping("/admin/people")
    @Transactional(readOnly = true)
    String people(@AuthenticationPrincipal ConsoleUser user, Model model, Locale locale) {
        List<Participant> people = participants.everyoneWithin(scopes.of(user));
        Map<Long, List<Contact>> contacts = participants.contactsOf(people.stream().map(Participant::getId).toList());
        String language = Texts.language(locale);
        model.addAttribute("people", people.stream()
                .map(p -> line(p, channels(p, contacts.getOrDefault(p.getId(), List.of()), language))).toList());
        model.addAttribute("invitations", invitations.within(scopes.of(user)).stream().map(this::line).toList());
        return "people";
    }

    /** The person's messengers: which one reminders go to, and which refuse the bot. */
    private List<String> channels(Participant person, List<Contact> contacts, String language) {
        Channel reminders = Participants.addressOf(person, contacts).map(Address::channel).orElse(null);
        return contacts.stream().map(c -> c.blocked() ? texts.plain(language, "people.channel.blocked", c.channel().title())
                : c.channel() == reminders ? texts.plain(language, "people.channel.reminders", c.channel().title())
                : c.channel().title()).toList();
    }

    private PersonLine line(Participant p) {
        return line(p, List.of());
    }

    private PersonLine line(Participant p, List<String> channels) {
        return new PersonLine(p.getId(), p.getDisplayName(), p.getRole().messageKey(),
                p.getOrganization() == null ? null : p.getOrganization().getName(), territories.nameOf(p.territoryId()),
                p.getStatus().messageKey(), p.getRegisteredAt() == null ? null : p.getRegisteredAt().atZone(dates.zone()),
                p.getCuratedSchools().stream().map(Organization::getName).sorted().toList(), p.getRole() == Role.CURATOR,
                Participants.onTheProject(p), channels);
    }

    private InvitationLine line(InvitationView i) {
        return new InvitationLine(i.id(), i.displayName(), i.role().messageKey(), i.organization(),
                territories.nameOf(i.territoryId()), i.createdAt().atZone(dates.zone()), i.expiresAt().atZone(dates.zone()),
                i.state().messageKey(), i.state() == ru.roadmapbot.people.InvitationState.SENT
                        || i.state() == ru.roadmapbot.people.InvitationState.EXPIRED);
    }

    @PostMapping("/admin/people/{id}/deactivate")
    String deactivate(@PathVariable Long id, @AuthenticationPrincipal ConsoleUser user, RedirectAttributes redirect,
                      Locale locale) {
        Participant person = person(id, user);
        participants.deactivate(person.getId());
        redirect.addFlashAttribute("message", texts.plain(Texts.language(locale), "people.deactivated", person.getDisplayName()));
        return "redirect:/admin/people";
    }

    @GetMapping("/admin/people/{id}/schools")
    @Transactional(readOnly = true)
    String schoolsForm(@PathVariable Long id, @AuthenticationPrincipal ConsoleUser user, Model model) {
        Participant curator = curator(id, user);
        model.addAttribute("curator", line(curator));
        model.addAttribute("schools", organizations.schoolsIn(scopes.of(user)).stream()
                .filter(school -> java.util.Objects.equals(school.getTerritoryId(), curator.territoryId())).toList());
        model.addAttribute("chosen", curator.getCuratedSchools().stream().map(Organization::getId).toList());
        return "curator-schools";
    }

    @PostMapping("/admin/people/{id}/schools")
    String saveSchools(@PathVariable Long id, @RequestParam(required = false) Set<Long> school,
                       @AuthenticationPrincipal ConsoleUser user, RedirectAttributes redirect, Locale locale) {
        Participant curator = curator(id, user);
        List<Organization> chosen = (school == null ? Set.<Long>of() : school).stream().map(organizations::byId)
                .flatMap(java.util.Optional::stream).toList();
        Participant saved = participants.setCuratedSchools(curator.getId(), chosen);
        redirect.addFlashAttribute("message", texts.plain(Texts.language(locale), "people.schools-saved",
                saved.getDisplayName(), saved.getCuratedSchools().size()));
        return "redirect:/admin/people";
    }

    @PostMapping("/admin/invitations/{id}/revoke")
    String revoke(@PathVariable Long id, @AuthenticationPrincipal ConsoleUser user, RedirectAttributes redirect,
                  Locale locale) {
        if (!invitations.revoke(id, scopes.of(user))) {
            throw ConsoleScopes.notFound();
        }
        redirect.addFlashAttribute("message", texts.plain(Texts.language(locale), "people.invitation-revoked"));
        return "redirect:/admin/people";
    }

    /** A new link for an invitation, the old one revoked: shown once, with its QR code, on the invitations page. */
    @PostMapping("/admin/invitations/{id}/resend")
    String resend(@PathVariable Long id, @AuthenticationPrincipal ConsoleUser user, Model model, Locale locale) {
        InvitationView view = invitations.within(scopes.of(user)).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(ConsoleScopes::notFound);
        issuing.show(invitations.resend(id, scopes.of(user)).orElseThrow(ConsoleScopes::notFound), view.displayName(), model);
        return issuing.form(user, model, locale);
    }

    private Participant person(Long id, ConsoleUser user) {
        Participant person = participants.byId(id).orElseThrow(ConsoleScopes::notFound);
        scopes.check(user, person.territoryId());
        return person;
    }

    private Participant curator(Long id, ConsoleUser user) {
        Participant curator = person(id, user);
        if (curator.getRole() != Role.CURATOR) {
            throw ConsoleScopes.notFound();
        }
        return curator;
    }
}
