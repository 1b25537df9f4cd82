package ru.roadmapbot.roadmap;

import java.util.List;

/**
 * Events (webinars, seminars, meetings, interviews, round tables, conferences, master classes) are reminded as
 * events and need no "done"; everything else is a task. Decided from the title's words in any case form.
 */
public final class ActivityNature {

    /** Word stems of events, as {@link ComparableText} writes them. */
    private static final List<String> EVENT_STEMS = List.of("вебинар", "семинар", "совещани", "собеседовани",
            "кругл стол", "круглый стол", "круглом столе", "круглых стол", "конференци", "мастер-класс", "мастер класс",
            "webinar", "seminar", "meeting", "conference");

    private ActivityNature() {
    }

    public static boolean isEvent(String title) {
        if (title == null) {
            return false;
        }
        String text = ComparableText.of(title);
        return EVENT_STEMS.stream().anyMatch(text::contains);
    }
}
