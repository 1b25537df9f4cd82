package ru.roadmapbot.agenda;

import java.time.LocalDate;

import ru.roadmapbot.schedule.Occurrence;

/**
 * One occurrence of an activity on someone's agenda.
 *
 * @param school for a curator's view of a school they accompany: that school's name; null for their own tasks
 * @param event  a webinar, seminar or meeting: attended, not "done"
 */
public record AgendaItem(Long activityId, String number, String title, String roadmap, Occurrence occurrence,
                         String school, boolean event) {

    public LocalDate due() {
        return occurrence.due();
    }

    /** "4.3. Провести педсовет": the title as the roadmap numbers it. */
    public String numberedTitle() {
        return number == null ? title : number + " " + title;
    }

    public boolean ownTask() {
        return school == null;
    }
}
