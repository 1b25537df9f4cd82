package ru.roadmapbot.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.confirmation.SchoolProgress;
import ru.roadmapbot.messenger.SafeHtml;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.territory.Territories;

/**
 * /schools for coordinators: each school of their territory with its director and curators, and its progress over
 * the reporting window, whose dates it names (done / in progress / overdue, counted as everywhere else).
 */
@Component
class SchoolsCommand implements CommandHandler {

    private final SchoolProgress progress;
    private final Participants participants;
    private final Territories territories;
    private final Texts texts;
    private final Clock clock;

    SchoolsCommand(SchoolProgress progress, Participants participants, Territories territories, Texts texts, Clock clock) {
        this.progress = progress;
        this.participants = participants;
        this.territories = territories;
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
        Participant coordinator = conversation.participant();
        LocalDate today = LocalDate.now(clock.withZone(participants.zoneOf(coordinator)));
        SchoolProgress.Report report = progress.schools(participants.scopeOf(coordinator), today);
        List<SchoolProgress.School> schools = report.schools();
        if (schools.isEmpty()) {
            return Reply.text(texts.get(language, "schools.empty"));
        }
        String none = texts.plain(language, "common.none");
        String territory = territories.nameOf(coordinator.territoryId());
        StringBuilder text = new StringBuilder(texts.get(language, "schools.title", schools.size(),
                territory == null ? none : territory, report.window().from(), report.window().to()));
        for (SchoolProgress.School school : schools) {
            text.append("\n\n").append(texts.get(language, "schools.line", school.name(),
                    school.directors().isEmpty() ? none : String.join(", ", school.directors()),
                    school.curators().isEmpty() ? none : String.join(", ", school.curators()),
                    school.done(), school.inProgress(), school.overdue().size(),
                    new SafeHtml(school.territory() == null || territories.isMunicipality(coordinator.territoryId()) ? ""
                            : texts.get(language, "schools.territory", school.territory()))));
        }
        return Reply.text(text.toString());
    }
}
