package ru.roadmapbot.roadmap;

/**
 * What an import did.
 *
 * @param created   activities that are new
 * @param updated   activities whose content changed
 * @param unchanged activities the document repeats as stored
 * @param withdrawn stored activities the document no longer has (kept, marked withdrawn)
 * @param flagged   activities a person should review
 */
public record ImportSummary(Long roadmapId, String code, String title, int activities, int sections, int created,
                            int updated, int unchanged, int withdrawn, int flagged) {
}
