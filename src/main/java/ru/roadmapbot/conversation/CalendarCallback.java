package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.calendar.FeedOwner;
import ru.roadmapbot.calendar.FeedTokens;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;

/**
 * Buttons of /calendar, redrawn in place: "new link" rotates the person's own link (the old one answers 404 at
 * once); coordinators also open the links of schools and roadmaps and rotate them one by one.
 */
@Component
class CalendarCallback implements CallbackHandler {

    private final CalendarView view;
    private final FeedTokens feedTokens;
    private final Texts texts;

    CalendarCallback(CalendarView view, FeedTokens feedTokens, Texts texts) {
        this.view = view;
        this.feedTokens = feedTokens;
        this.texts = texts;
    }

    @Override
    public String action() {
        return CalendarView.ACTION;
    }

    @Override
    public Reply handle(Conversation conversation, String payload) {
        Participant participant = conversation.participant();
        String rotated = texts.plain(participant.getLanguage(), "calendar.rotated");
        if ("new".equals(payload)) {
            feedTokens.rotate(FeedOwner.participant(participant.getId()));
            return view.own(participant).inPlace().withToast(rotated);
        }
        if (!participant.getRole().coordinates()) {
            return view.own(participant).inPlace();
        }
        FeedOwner owner = ownerOf(payload);
        if (owner != null) {
            feedTokens.rotate(owner);
            return view.coordinated(participant).inPlace().withToast(rotated);
        }
        return ("list".equals(payload) ? view.coordinated(participant) : view.own(participant)).inPlace();
    }

    /** "s:12" is school 12, "r:3" roadmap 3; anything else is not a rotation. */
    private static FeedOwner ownerOf(String payload) {
        String[] pair = payload.split(":", 2);
        if (pair.length != 2 || !pair[1].matches("\\d{1,18}")) {
            return null;
        }
        return switch (pair[0]) {
            case "s" -> FeedOwner.school(Long.valueOf(pair[1]));
            case "r" -> FeedOwner.roadmap(Long.valueOf(pair[1]));
            default -> null;
        };
    }
}
