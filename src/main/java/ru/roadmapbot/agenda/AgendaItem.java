package ru.roadmapbot.agenda;

import java.time.LocalDate;
import java.util.List;

import ru.roadmapbot.schedule.Occurrence;

/**
 * One occurrence of an activity on someone's agenda.
 *
 * @param roadmap the roadmap's short name ("500+ · Гороховецкий р-н · 2022"): numbers repeat across roadmaps
 * @param schools for a curator's view of the schools they accompany: those schools whose director it is for, by
 *                name; empty for the person's own task
 * @param event   a webinar, seminar or meeting: attended, not "done"
 */
public record AgendaItem(Long activityId, String number, String title, String roadmap, Occurrence occurrence,
                         List<String> schools, boolean event) {

    public AgendaItem {
        schools = List.copyOf(schools);
    }

    public LocalDate due() {
        return occurrence.due();
    }

    /** "4.3. Провести педсовет": the title as the roadmap numbers it. */
    public String numberedTitle() {
        return number == null ? title : number + " " + title;
    }

    public boolean ownTask() {
        return schools.isEmpty();
    }
}
