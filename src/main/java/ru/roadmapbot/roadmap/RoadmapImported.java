package ru.roadmapbot.roadmap;

import java.util.List;

/**
 * A roadmap was imported or re-imported; its activities are stored.
 *
 * @param territoryId   its territory, or null on an instance that names none
 * @param organizations every organization its rows name ("МОУ № 2", "МКУ «УО»"), to be found or created there
 */
public record RoadmapImported(Long roadmapId, String code, ImportSummary summary, Long territoryId, RoadmapLevel level,
                              List<String> organizations) {

    public RoadmapImported {
        organizations = List.copyOf(organizations);
    }
}
