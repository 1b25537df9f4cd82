package ru.roadmapbot.admin;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.roadmapbot.confirmation.SchoolProgress;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;

/**
 * The dashboard: the roadmaps of the account's territory (and of its region) with their rows to review, and the
 * progress of each school of the territory over the reporting window (the same figures as /schools in the bot), in
 * the console's time zone, which it names.
 */
@Controller
class DashboardController {

    private final Roadmaps roadmaps;
    private final Territories territories;
    private final SchoolProgress progress;
    private final ConsoleScopes scopes;
    private final ConsoleDates dates;

    DashboardController(Roadmaps roadmaps, Territories territories, SchoolProgress progress, ConsoleScopes scopes,
                        ConsoleDates dates) {
        this.roadmaps = roadmaps;
        this.territories = territories;
        this.progress = progress;
        this.scopes = scopes;
        this.dates = dates;
    }

    @GetMapping("/admin")
    @Transactional(readOnly = true)
    String dashboard(@AuthenticationPrincipal ConsoleUser user, Model model) {
        ZoneId zone = dates.zone();
        List<RoadmapSummary> summaries = new ArrayList<>();
        for (Roadmap roadmap : roadmaps.all().stream().filter(r -> scopes.sees(user, r)).toList()) {
            List<Activity> current = roadmaps.currentActivitiesOf(roadmap.getId());
            summaries.add(new RoadmapSummary(roadmap.getId(), roadmap.shortName(), roadmap.getTitle(), roadmap.getCode(),
                    territories.nameOf(roadmap.getTerritoryId()), roadmap.getYear(), current.size(),
                    current.stream().filter(Activity::needsReview).count(),
                    current.stream().filter(a -> a.schedule().unscheduled()).count(),
                    roadmap.getImportedAt().atZone(zone), roadmap.getImportCount()));
        }
        SchoolProgress.Report report = progress.schools(scopes.of(user), dates.today());
        model.addAttribute("roadmaps", summaries);
        model.addAttribute("schools", report.schools());
        model.addAttribute("window", report.window());
        return "dashboard";
    }
}
