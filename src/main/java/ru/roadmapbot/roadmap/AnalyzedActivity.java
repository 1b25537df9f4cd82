package ru.roadmapbot.roadmap;

import java.util.List;

import ru.roadmapbot.schedule.Schedule;

/**
 * A row of a roadmap understood: its schedule and its responsible parties, with the reasons a person should
 * review it. Nothing is dropped: a row that is not understood is kept with its flags.
 *
 * @param contextYear       the year that filled in what the schedule cell leaves out
 * @param responsibleReview codes of problems with the responsible cell ("unknown-party", "no-responsible")
 */
public record AnalyzedActivity(ActivityRow row, int contextYear, Schedule schedule, List<ResponsibleParty> parties,
                               List<String> responsibleReview) {

    public static final String UNKNOWN_PARTY = "unknown-party";
    public static final String NO_RESPONSIBLE = "no-responsible";

    public AnalyzedActivity {
        parties = List.copyOf(parties);
        responsibleReview = List.copyOf(responsibleReview);
    }

    public boolean needsReview() {
        return schedule.needsReview() || !responsibleReview.isEmpty();
    }

    /** The message key of the first reason to review the row, schedule reasons first; null when it needs none. */
    public String reviewMessageKey() {
        if (schedule.needsReview()) {
            return schedule.reviewReasons().get(0).messageKey();
        }
        return responsibleReview.isEmpty() ? null : responsibleMessageKey(responsibleReview.get(0));
    }

    /** Problems with the responsible cell are worded in messages under {@code roadmap.review.<code>}. */
    static String responsibleMessageKey(String code) {
        return "roadmap.review." + code;
    }
}
