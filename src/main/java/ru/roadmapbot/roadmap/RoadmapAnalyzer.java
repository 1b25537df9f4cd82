package ru.roadmapbot.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.schedule.Schedule;
import ru.roadmapbot.schedule.ScheduleContext;
import ru.roadmapbot.schedule.ScheduleParser;

/**
 * Understands every row of a read roadmap: the schedule against the row's year context (the section's year, else
 * the roadmap's, else this year) and the responsible parties. Pure, so {@code import --dry-run} needs no database.
 */
public class RoadmapAnalyzer {

    private final ScheduleParser scheduleParser;
    private final ResponsiblePartiesParser partiesParser;
    private final Clock clock;

    public RoadmapAnalyzer(ScheduleParser scheduleParser, ResponsiblePartiesParser partiesParser, Clock clock) {
        this.scheduleParser = scheduleParser;
        this.partiesParser = partiesParser;
        this.clock = clock;
    }

    public List<AnalyzedActivity> analyze(RoadmapDocument document) {
        return analyze(document, Corrections.NONE);
    }

    /** Reads the rows, a schedule cell a coordinator corrected from its correction. */
    public List<AnalyzedActivity> analyze(RoadmapDocument document, Corrections corrections) {
        List<AnalyzedActivity> activities = new ArrayList<>(document.rows().size());
        int fallbackYear = document.year() != null ? document.year() : LocalDate.now(clock).getYear();
        for (ActivityRow row : document.rows()) {
            int year = row.sectionYear() != null ? row.sectionYear() : fallbackYear;
            Schedule schedule = scheduleParser.parse(corrections.textFor(row, row.scheduleLine()),
                    new ScheduleContext(year, document.approvedOn()));
            ResponsibleCell responsible = partiesParser.read(row.responsible());
            activities.add(new AnalyzedActivity(row, year, schedule, responsible.parties(),
                    responsibleReview(row, responsible)));
        }
        return activities;
    }

    private static List<String> responsibleReview(ActivityRow row, ResponsibleCell responsible) {
        if (row.responsible() == null) {
            return List.of();
        }
        if (responsible.isEmpty()) {
            return List.of(AnalyzedActivity.NO_RESPONSIBLE);
        }
        return responsible.understood() ? List.of() : List.of(AnalyzedActivity.UNKNOWN_PARTY);
    }
}
