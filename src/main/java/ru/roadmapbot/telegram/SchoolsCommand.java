package ru.roadmapbot.telegram;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.confirmation.SchoolProgress;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participants;

/**
 * /schools for coordinators: each school with its director and curators, and its progress over the recent weeks
 * (done / in progress / overdue).
 */
@Component
class SchoolsCommand implements CommandHandler {

    private final SchoolProgress progress;
    private final Participants participants;
    private final Texts texts;
    private final Clock clock;

    SchoolsCommand(SchoolProgress progress, Participants participants, Texts texts, Clock clock) {
        this.progress = progress;
        this.participants = participants;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String command() {
        return "schools";
    }

    @Override
    public boolean coordinatorsOnly() {
        return true;
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        String language = conversation.language();
        LocalDate today = LocalDate.now(clock.withZone(participants.zoneOf(conversation.participant())));
        List<SchoolProgress.School> schools = progress.schools(today);
        if (schools.isEmpty()) {
            return Reply.text(texts.get(language, "schools.empty"));
        }
        StringBuilder text = new StringBuilder(texts.get(language, "schools.title", schools.size()));
        String none = texts.plain(language, "common.none");
        for (SchoolProgress.School school : schools) {
            text.append("\n\n").append(texts.get(language, "schools.line", school.name(),
                    school.directors().isEmpty() ? none : String.join(", ", school.directors()),
                    school.curators().isEmpty() ? none : String.join(", ", school.curators()),
                    school.done(), school.inProgress(), school.overdue().size()));
        }
        return Reply.text(text.toString());
    }
}
