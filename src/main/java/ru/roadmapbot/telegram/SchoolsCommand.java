package ru.roadmapbot.telegram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;

/** /schools for coordinators: each school with its registered director and the curators who accompany it. */
@Component
class SchoolsCommand implements CommandHandler {

    private final Participants participants;
    private final Texts texts;

    SchoolsCommand(Participants participants, Texts texts) {
        this.participants = participants;
        this.texts = texts;
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
        Map<String, List<String>> directors = new TreeMap<>();
        Map<String, List<String>> curators = new TreeMap<>();
        for (Participant participant : participants.all()) {
            if (participant.getRole() == Role.DIRECTOR && participant.getOrganization() != null) {
                directors.computeIfAbsent(participant.getOrganization().getName(), k -> new ArrayList<>()).add(participant.getDisplayName());
            }
            if (participant.getRole() == Role.CURATOR) {
                for (Organization school : participant.getCuratedSchools()) {
                    curators.computeIfAbsent(school.getName(), k -> new ArrayList<>()).add(participant.getDisplayName());
                }
            }
        }
        List<String> schools = new ArrayList<>(directors.keySet());
        curators.keySet().stream().filter(s -> !directors.containsKey(s)).forEach(schools::add);
        schools.sort(Comparator.naturalOrder());
        if (schools.isEmpty()) {
            return Reply.text(texts.get(language, "schools.empty"));
        }
        StringBuilder text = new StringBuilder(texts.get(language, "schools.title", schools.size()));
        for (String school : schools) {
            text.append("\n\n").append(texts.get(language, "schools.line", school,
                    String.join(", ", directors.getOrDefault(school, List.of("—"))),
                    String.join(", ", curators.getOrDefault(school, List.of("—")))));
        }
        return Reply.text(text.toString());
    }
}
