package ru.roadmapbot.reminder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder settings ({@code roadmapbot.reminders.*}).
 *
 * @param horizon      how far ahead reminders are planned
 * @param lateAfter    a reminder dispatched this long after its moment is late and says so
 * @param roadmaps     per-roadmap overrides by roadmap code, e.g. {@code roadmapbot.reminders.roadmaps.kamensk.lead-days=3,1,0}
 */
@ConfigurationProperties("roadmapbot.reminders")
public record ReminderProperties(@DefaultValue("35d") Duration horizon,
                                 @DefaultValue("15m") Duration lateAfter,
                                 Map<String, RoadmapOverride> roadmaps) {

    /** What a roadmap changes for everyone in it; a person's own settings still win. */
    public record RoadmapOverride(List<Integer> leadDays) {
    }

    List<Integer> leadDaysOf(String roadmapCode) {
        if (roadmaps == null || roadmapCode == null) {
            return null;
        }
        RoadmapOverride override = roadmaps.get(roadmapCode);
        return override == null ? null : override.leadDays();
    }
}
