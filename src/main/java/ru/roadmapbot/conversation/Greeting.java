package ru.roadmapbot.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.confirmation.TaskLedger;
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.territory.Territories;

/**
 * Greets a participant by name, role, organization and territory (a curator also by the schools they accompany),
 * says how much of their work is already overdue, once, at registration, and lists the commands of their role.
 */
@Component
class Greeting {

    private final Texts texts;
    private final TaskLedger ledger;
    private final Participants participants;
    private final Territories territories;
    private final Clock clock;

    Greeting(Texts texts, TaskLedger ledger, Participants participants, Territories territories, Clock clock) {
        this.texts = texts;
        this.ledger = ledger;
        this.participants = participants;
        this.territories = territories;
        this.clock = clock;
    }

    String welcome(Participant participant) {
        String language = participant.getLanguage();
        StringBuilder text = new StringBuilder(texts.get(language, "registration.welcome", participant.getDisplayName(),
                role(participant), organization(participant)));
        appendPlace(text, participant);
        int overdue = ledger.overdue(participant, LocalDate.now(clock.withZone(participants.zoneOf(participant)))).size();
        if (overdue > 0) {
            text.append("\n\n").append(texts.get(language, "registration.overdue", overdue));
        }
        return text.append("\n\n").append(commands(participant)).toString();
    }

    /** The person opened a link in a second messenger: it is theirs now too, and reminders stay where they were. */
    String connected(Participant participant, Channel channel) {
        Channel reminders = participants.addressOf(participant).map(Address::channel).orElse(channel);
        return texts.get(participant.getLanguage(), "registration.connected", channel.title(),
                participant.getDisplayName(), reminders.title());
    }

    String welcomeBack(Participant participant) {
        StringBuilder text = new StringBuilder(texts.get(participant.getLanguage(), "registration.welcome-back",
                participant.getDisplayName(), role(participant), organization(participant)));
        appendPlace(text, participant);
        return text.append("\n\n").append(commands(participant)).toString();
    }

    String commands(Participant participant) {
        String key = participant.getRole().coordinates() ? "bot.help.coordinator" : "bot.help.member";
        return texts.get(participant.getLanguage(), key);
    }

    private void appendPlace(StringBuilder text, Participant participant) {
        String language = participant.getLanguage();
        String territory = territories.nameOf(participant.territoryId());
        if (territory != null) {
            text.append('\n').append(texts.get(language, "registration.territory", territory));
        }
        if (participant.getRole() == Role.CURATOR) {
            List<String> schools = participant.getCuratedSchools().stream().map(Organization::getName).sorted().toList();
            text.append('\n').append(schools.isEmpty() ? texts.get(language, "registration.curator.no-schools")
                    : texts.get(language, "registration.curator.schools", String.join(", ", schools)));
        }
    }

    private String role(Participant participant) {
        return texts.plain(participant.getLanguage(), participant.getRole().messageKey());
    }

    private String organization(Participant participant) {
        return participant.getOrganization() == null ? texts.plain(participant.getLanguage(), "common.none")
                : participant.getOrganization().getName();
    }
}
