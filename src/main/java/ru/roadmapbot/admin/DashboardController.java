package ru.roadmapbot.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.roadmapbot.confirmation.SchoolProgress;
import ru.roadmapbot.people.PeopleProperties;
import ru.roadmapbot.people.Scope;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;

/**
 * The dashboard: every roadmap with its territory and rows to review, and every school's progress over the
 * reporting window (the same figures as /schools in the bot), in the console's time zone, which it names.
 */
@Controller
class DashboardController {

    private final Roadmaps roadmaps;
    private final Territories territories;
    private final SchoolProgress progress;
    private final PeopleProperties people;
    private final AdminViews views;
    private final Clock clock;

    DashboardController(Roadmaps roadmaps, Territories territories, SchoolProgress progress, PeopleProperties people,
                        AdminViews views, Clock clock) {
        this.roadmaps = roadmaps;
        this.territories = territories;
        this.progress = progress;
        this.people = people;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/admin")
    @Transactional(readOnly = true)
    String dashboard(Model model, Locale locale) {
        ZoneId zone = people.defaultTimeZone();
        List<RoadmapSummary> summaries = new ArrayList<>();
        for (Roadmap roadmap : roadmaps.all()) {
            List<Activity> current = roadmaps.currentActivitiesOf(roadmap.getId());
            summaries.add(new RoadmapSummary(roadmap.getId(), roadmap.shortName(), roadmap.getTitle(), roadmap.getCode(),
                    territories.nameOf(roadmap.getTerritoryId()), roadmap.getYear(), current.size(),
                    current.stream().filter(Activity::needsReview).count(),
                    current.stream().filter(a -> a.schedule().unscheduled()).count(),
                    roadmap.getImportedAt().atZone(zone), roadmap.getImportCount()));
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        SchoolProgress.Report report = progress.schools(Scope.everything(), today);
        model.addAttribute("roadmaps", summaries);
        model.addAttribute("schools", report.schools());
        model.addAttribute("window", report.window());
        model.addAttribute("zone", views.zoneName(zone, locale));
        return "dashboard";
    }
}
