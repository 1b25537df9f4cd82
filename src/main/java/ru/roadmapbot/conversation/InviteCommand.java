package ru.roadmapbot.conversation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.InvitationInvalidException;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.IssuedInvitation;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * /invite for coordinators: {@code /invite директор Иванова А.А.; МБОУ Галицкая СОШ} or
 * {@code /invite куратор Петров П.П.; МОУ № 1; МОУ № 2, МОУ № 7} (home school, then the schools accompanied). A
 * regional coordinator may add the municipality as a fourth field. People are invited into the coordinator's own
 * territory; what may be invited where is {@link Invitations}' rule, and its refusals are worded here.
 */
@Component
class InviteCommand implements CommandHandler {

    private final Invitations invitations;
    private final Participants participants;
    private final Texts texts;

    InviteCommand(Invitations invitations, Participants participants, Texts texts) {
        this.invitations = invitations;
        this.participants = participants;
        this.texts = texts;
    }

    /** Role words come from messages/ in both languages, so the command reads as the menu does. */
    private Role roleOf(String word) {
        for (Role role : List.of(Role.DIRECTOR, Role.CURATOR, Role.MUNICIPAL_COORDINATOR, Role.REGIONAL_COORDINATOR)) {
            for (String language : List.of("ru", "en")) {
                String words = texts.plain(language, "invite.words." + role.name().toLowerCase(Locale.ROOT));
                if (Arrays.stream(words.split(",")).map(String::strip).anyMatch(word::equals)) {
                    return role;
                }
            }
        }
        return null;
    }

    @Override
    public String command() {
        return "invite";
    }

    @Override
    public boolean coordinatorsOnly() {
        return true;
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        String language = conversation.language();
        String[] head = argument.strip().split("\\s+", 2);
        Role role = roleOf(head[0].toLowerCase(Locale.ROOT));
        if (role == null || head.length < 2) {
            return Reply.text(texts.get(language, "invite.usage"));
        }
        List<String> fields = Arrays.stream(head[1].split(";")).map(String::strip).toList();
        String name = fields.get(0);
        String organization = fields.size() > 1 && !fields.get(1).isEmpty() ? fields.get(1) : null;
        List<String> schools = fields.size() > 2 ? Arrays.stream(fields.get(2).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList() : List.of();
        String territory = fields.size() > 3 && !fields.get(3).isEmpty() ? fields.get(3) : null;
        if (name.isEmpty()) {
            return Reply.text(texts.get(language, "invite.usage"));
        }
        IssuedInvitation issued;
        try {
            issued = invitations.invite(new InvitationRequest(role, name, organization, schools, null,
                    conversation.participant().getId(), territory));
        } catch (InvitationInvalidException e) {
            return Reply.text(texts.get(language, e.messageKey(), e.messageArguments()) + "\n\n"
                    + texts.get(language, "invite.usage"));
        } catch (TerritoryRefusedException e) {
            return Reply.text(texts.get(language, e.messageKey(), e.messageArguments()));
        }
        String roleName = texts.plain(language, role.messageKey());
        // the last day the link works, in the inviting coordinator's zone
        LocalDate lastDay = LocalDate.ofInstant(issued.expiresAt(), participants.zoneOf(conversation.participant()));
        return Reply.text(texts.get(language, "invite.issued", name, roleName, issued.link(), lastDay));
    }
}
