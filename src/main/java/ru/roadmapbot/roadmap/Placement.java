package ru.roadmapbot.roadmap;

import java.util.Locale;

/**
 * Where a roadmap goes: its territory (or none, on an instance that names no territories), its level, and how
 * that was decided, so a preview can say "from the title" or "as you typed".
 *
 * @param territoryId   the territory, or null when it does not exist yet (a preview) or none is known
 * @param territoryName its name for people, or null
 * @param newTerritory  whether importing will create the territory
 * @param school        for a school's own roadmap, the school; else null
 */
public record Placement(Long territoryId, String territoryName, boolean newTerritory, RoadmapLevel level,
                        String school, Source source) {

    /** What decided the territory. */
    public enum Source {
        /** The person importing typed it. */
        TYPED,
        /** The roadmap was imported before and keeps its territory. */
        STORED,
        /** The document's title, approval line or rows name it. */
        DOCUMENT,
        /** Nothing named one: the importing coordinator's own territory. */
        IMPORTER,
        /** The instance names no territories at all: the roadmap reaches everyone, as in a single office. */
        NONE;

        public String messageKey() {
            return "roadmap.placement." + name().toLowerCase(Locale.ROOT);
        }
    }
}
