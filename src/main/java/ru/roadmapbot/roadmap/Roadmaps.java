package ru.roadmapbot.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of stored roadmaps and their activities; imports go through {@link RoadmapImporter}. */
@Service
@Transactional(readOnly = true)
public class Roadmaps {

    private final RoadmapRepository roadmaps;
    private final ActivityRepository activities;

    Roadmaps(RoadmapRepository roadmaps, ActivityRepository activities) {
        this.roadmaps = roadmaps;
        this.activities = activities;
    }

    /** Every current activity of every roadmap, with its parts, parties and roadmap loaded. */
    public List<Activity> currentActivities() {
        return activities.findByWithdrawnFalse();
    }

    /** A roadmap's current activities in document order. */
    public List<Activity> currentActivitiesOf(Long roadmapId) {
        return activities.findByRoadmapIdAndWithdrawnFalseOrderByPosition(roadmapId);
    }

    /** A roadmap's activities in document order, withdrawn ones included. */
    public List<Activity> activitiesOf(Long roadmapId) {
        return activities.findByRoadmapIdOrderByPosition(roadmapId);
    }

    /** An activity with its parts, parties and roadmap loaded. */
    public Optional<Activity> activity(Long id) {
        return activities.findWithRoadmapById(id);
    }

    public Optional<Roadmap> roadmap(Long id) {
        return roadmaps.findById(id);
    }

    public Optional<Roadmap> byCode(String code) {
        return roadmaps.findByCode(code);
    }

    /** Every roadmap, the last imported first. */
    public List<Roadmap> all() {
        return roadmaps.findAllByOrderByImportedAtDesc();
    }
}
