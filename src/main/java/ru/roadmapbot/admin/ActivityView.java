package ru.roadmapbot.admin;

import java.util.List;

/**
 * An activity as the admin shows it: the cells as written, how the schedule and the responsible parties were
 * understood, and the message keys of anything to review.
 */
public record ActivityView(Long id, String number, String section, String title, String scheduleText, String kindKey,
                    List<String> parts, String rrule, String externalPlan, String responsibleText, List<String> parties,
                    List<String> reviewKeys, boolean withdrawn, int revision) {

    public boolean needsReview() {
        return !reviewKeys.isEmpty();
    }
}
