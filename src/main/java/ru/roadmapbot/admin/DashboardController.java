package ru.roadmapbot.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.roadmapbot.confirmation.SchoolProgress;
import ru.roadmapbot.people.PeopleProperties;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.ActivityRepository;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.RoadmapRepository;

/** The dashboard: every roadmap with its rows to review, and every school's progress. */
@Controller
class DashboardController {

    private final RoadmapRepository roadmaps;
    private final ActivityRepository activities;
    private final SchoolProgress progress;
    private final PeopleProperties people;
    private final Clock clock;

    DashboardController(RoadmapRepository roadmaps, ActivityRepository activities, SchoolProgress progress,
                        PeopleProperties people, Clock clock) {
        this.roadmaps = roadmaps;
        this.activities = activities;
        this.progress = progress;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/admin")
    @Transactional(readOnly = true)
    String dashboard(Model model) {
        List<RoadmapSummary> summaries = new ArrayList<>();
        for (Roadmap roadmap : roadmaps.findAllByOrderByImportedAtDesc()) {
            List<Activity> current = activities.findByRoadmapIdAndWithdrawnFalseOrderByPosition(roadmap.getId());
            summaries.add(new RoadmapSummary(roadmap.getId(), roadmap.displayName(), roadmap.getCode(), roadmap.getYear(),
                    current.size(), current.stream().filter(Activity::needsReview).count(),
                    current.stream().filter(a -> a.schedule().unscheduled()).count(), roadmap.getImportedAt(),
                    roadmap.getImportCount()));
        }
        model.addAttribute("roadmaps", summaries);
        model.addAttribute("schools", progress.schools(LocalDate.now(clock.withZone(people.defaultTimeZone()))));
        return "dashboard";
    }
}
