package ru.roadmapbot.people;

import java.util.Set;

/**
 * The territories a coordinator oversees: a municipal coordinator's municipality, a regional coordinator's region
 * with its municipalities. {@link #everything()} is the command line's; an unplaced scope, on an instance that
 * names no territories, covers the unplaced.
 *
 * @param territoryId the coordinator's own territory, or null
 */
public record Scope(boolean all, Long territoryId, Set<Long> territoryIds) {

    public Scope {
        territoryIds = Set.copyOf(territoryIds);
    }

    public static Scope everything() {
        return new Scope(true, null, Set.of());
    }

    /** Whether something of this territory (null: of none) is within the scope. */
    public boolean includes(Long territory) {
        if (all) {
            return true;
        }
        return territoryId == null ? territory == null : territory != null && territoryIds.contains(territory);
    }
}
