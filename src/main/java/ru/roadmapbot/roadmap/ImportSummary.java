package ru.roadmapbot.roadmap;

/**
 * What an import did.
 *
 * @param created   activities that are new
 * @param updated   activities whose content changed
 * @param unchanged activities the document repeats as stored
 * @param withdrawn stored activities the document no longer has (kept, marked withdrawn)
 * @param flagged   activities a person should review
 * @param shortName the name people see the roadmap by
 * @param territory the territory's name, or null on an instance that names none
 */
public record ImportSummary(Long roadmapId, String code, String title, int activities, int sections, int created,
                            int updated, int unchanged, int withdrawn, int flagged, String shortName, String territory) {
}
