package ru.roadmapbot.roadmap;

import java.util.List;

import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * What importing a file would store, shown before anything is: the bot, the console and the command line each
 * render this one reading.
 *
 * @param placement        where it would go, or null when that cannot be decided ({@code placementProblem} says why)
 * @param placementProblem why no territory could be chosen, or null
 * @param shortName        the name people will see it by ("500+ · Гороховецкий р-н · 2022")
 * @param changes          for a roadmap imported before, what would change
 * @param corrections      the schedule cells read from a correction rather than as written
 */
public record ImportPreview(String fileName, RoadmapDocument document, List<AnalyzedActivity> activities,
                            Placement placement, TerritoryRefusedException placementProblem, String shortName,
                            ImportChanges changes, Corrections corrections) {

    public ImportPreview {
        activities = List.copyOf(activities);
    }

    public List<AnalyzedActivity> flagged() {
        return activities.stream().filter(AnalyzedActivity::needsReview).toList();
    }

    /** Every row, those to review first, then in document order. */
    public List<AnalyzedActivity> reviewOrder() {
        return java.util.stream.Stream.concat(flagged().stream(),
                activities.stream().filter(a -> !a.needsReview())).toList();
    }

    /** Whether the row's schedule is read from a correction. */
    public boolean corrected(AnalyzedActivity activity) {
        return corrections.corrects(activity.row(), activity.row().scheduleLine());
    }

    /** Whether confirming would store it; a roadmap whose territory is unsettled would not be. */
    public boolean importable() {
        return placementProblem == null;
    }
}
