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
}
