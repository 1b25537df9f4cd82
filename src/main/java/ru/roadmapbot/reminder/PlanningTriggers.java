package ru.roadmapbot.reminder;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ru.roadmapbot.people.ParticipantRegistered;
import ru.roadmapbot.people.ParticipantSettingsChanged;
import ru.roadmapbot.roadmap.RoadmapImported;

/**
 * Re-plans what a change touches as soon as it is committed, rather than at the next periodic run: a new person,
 * a person's new settings, a re-imported roadmap. From the event publication registry, so a crash in between only
 * delays it until restart; planning is idempotent, so running one twice changes nothing.
 */
@Component
class PlanningTriggers {

    private final ReminderPlanner planner;

    PlanningTriggers(ReminderPlanner planner) {
        this.planner = planner;
    }

    @ApplicationModuleListener
    void on(ParticipantRegistered registered) {
        planner.planParticipant(registered.participantId());
    }

    @ApplicationModuleListener
    void on(ParticipantSettingsChanged changed) {
        planner.planParticipant(changed.participantId());
    }

    @ApplicationModuleListener
    void on(RoadmapImported imported) {
        planner.planRoadmap(imported.roadmapId());
    }
}
