package ru.roadmapbot.telegram;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;

/** Greets a participant by name, role and organization, with the commands of their role. */
@Component
class Greeting {

    private final Texts texts;

    Greeting(Texts texts) {
        this.texts = texts;
    }

    String welcome(Participant participant) {
        return texts.get(participant.getLanguage(), "registration.welcome", participant.getDisplayName(),
                role(participant), organization(participant)) + "\n\n" + commands(participant);
    }

    String welcomeBack(Participant participant) {
        return texts.get(participant.getLanguage(), "registration.welcome-back", participant.getDisplayName(),
                role(participant), organization(participant)) + "\n\n" + commands(participant);
    }

    String commands(Participant participant) {
        String key = participant.getRole().coordinates() ? "bot.help.coordinator" : "bot.help.member";
        return texts.get(participant.getLanguage(), key);
    }

    private String role(Participant participant) {
        return texts.plain(participant.getLanguage(), participant.getRole().messageKey());
    }

    private String organization(Participant participant) {
        return participant.getOrganization() == null ? texts.plain(participant.getLanguage(), "common.none")
                : participant.getOrganization().getName();
    }
}
