package ru.roadmapbot.roadmap;

import java.util.List;

/**
 * What re-importing a known roadmap would do, shown before it is applied: rows that are new, rows whose content
 * changed, and stored activities the document no longer has (they would be withdrawn, not deleted).
 */
public record ImportChanges(boolean known, List<String> created, List<String> changed, List<String> withdrawn) {

    public static final ImportChanges NEW_ROADMAP = new ImportChanges(false, List.of(), List.of(), List.of());

    public ImportChanges {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        withdrawn = List.copyOf(withdrawn);
    }

    public boolean none() {
        return created.isEmpty() && changed.isEmpty() && withdrawn.isEmpty();
    }
}
