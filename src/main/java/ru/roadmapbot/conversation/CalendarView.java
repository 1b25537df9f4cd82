package ru.roadmapbot.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.calendar.FeedLink;
import ru.roadmapbot.calendar.FeedOwner;
import ru.roadmapbot.calendar.FeedTokens;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Scope;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;

/**
 * The /calendar screens: the person's own subscription links, and for coordinators those of the schools of their
 * territory and of the roadmaps that concern it (its own, and the region's).
 */
@Component
class CalendarView {

    static final String ACTION = "cal";
    /** Telegram caps a message at 4,096 characters; {@code calendar-link} on the command line serves the rest. */
    private static final int MAX_LISTED = 15;
    private static final int MAX_LABEL = 28;

    private final FeedTokens feedTokens;
    private final Organizations organizations;
    private final Roadmaps roadmaps;
    private final Participants participants;
    private final Territories territories;
    private final Texts texts;

    CalendarView(FeedTokens feedTokens, Organizations organizations, Roadmaps roadmaps, Participants participants,
                 Territories territories, Texts texts) {
        this.feedTokens = feedTokens;
        this.organizations = organizations;
        this.roadmaps = roadmaps;
        this.participants = participants;
        this.territories = territories;
        this.texts = texts;
    }

    Reply own(Participant participant) {
        String language = participant.getLanguage();
        FeedLink link = feedTokens.link(FeedOwner.participant(participant.getId()));
        List<List<Button>> keyboard = new ArrayList<>();
        keyboard.add(List.of(new Button(texts.plain(language, "calendar.button.new"), ACTION, "new")));
        if (participant.getRole().coordinates()) {
            keyboard.add(List.of(new Button(texts.plain(language, "calendar.button.coordinated"), ACTION, "list")));
        }
        String text = texts.get(language, "calendar.links", link.https().toString(), link.webcal().toString());
        return Reply.withButtons(text, keyboard);
    }

    Reply coordinated(Participant participant) {
        String language = participant.getLanguage();
        Scope scope = participants.scopeOf(participant);
        List<Organization> schools = organizations.schoolsIn(scope);
        List<Roadmap> maps = roadmaps.all().stream().filter(roadmap -> scope.includes(roadmap.getTerritoryId())
                || territories.covers(roadmap.getTerritoryId(), participant.territoryId())).toList();
        List<List<Button>> keyboard = new ArrayList<>();
        StringBuilder text = new StringBuilder(texts.get(language, "calendar.coordinated.title"));
        if (schools.isEmpty() && maps.isEmpty()) {
            text.append("\n\n").append(texts.get(language, "calendar.coordinated.none"));
        }
        if (!schools.isEmpty()) {
            text.append("\n\n").append(texts.get(language, "calendar.coordinated.schools"));
            for (Organization school : schools.subList(0, Math.min(MAX_LISTED, schools.size()))) {
                line(text, keyboard, language, school.getName(), FeedOwner.school(school.getId()),
                        "s:" + school.getId());
            }
        }
        if (!maps.isEmpty()) {
            text.append("\n\n").append(texts.get(language, "calendar.coordinated.roadmaps"));
            for (Roadmap roadmap : maps.subList(0, Math.min(MAX_LISTED, maps.size()))) {
                line(text, keyboard, language, roadmap.shortName(), FeedOwner.roadmap(roadmap.getId()),
                        "r:" + roadmap.getId());
            }
        }
        keyboard.add(List.of(new Button(texts.plain(language, "calendar.button.back"), ACTION, "me")));
        return Reply.withButtons(text.toString(), keyboard);
    }

    private void line(StringBuilder text, List<List<Button>> keyboard, String language, String name, FeedOwner owner,
                      String payload) {
        FeedLink link = feedTokens.link(owner);
        text.append('\n').append(texts.get(language, "calendar.coordinated.line", name, link.https().toString()));
        String label = name.length() > MAX_LABEL ? name.substring(0, MAX_LABEL - 1) + "…" : name;
        keyboard.add(List.of(new Button(texts.plain(language, "calendar.button.rotate", label), ACTION, payload)));
    }
}
