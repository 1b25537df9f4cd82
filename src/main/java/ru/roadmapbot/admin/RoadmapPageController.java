package ru.roadmapbot.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.ActivityRepository;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.RoadmapRepository;

/** A roadmap's activities as written and as understood; {@code ?review=true} shows only the rows to review. */
@Controller
class RoadmapPageController {

    private final RoadmapRepository roadmaps;
    private final ActivityRepository activities;
    private final AdminViews views;

    RoadmapPageController(RoadmapRepository roadmaps, ActivityRepository activities, AdminViews views) {
        this.roadmaps = roadmaps;
        this.activities = activities;
        this.views = views;
    }

    @GetMapping("/admin/roadmaps/{id}")
    @Transactional(readOnly = true)
    String roadmap(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean review, Model model,
                   java.util.Locale locale) {
        Roadmap roadmap = roadmaps.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String language = Texts.language(locale);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("review", review);
        model.addAttribute("activities", activities.findByRoadmapIdOrderByPosition(id).stream()
                .map(activity -> views.of(activity, language)).filter(view -> !review || view.needsReview()).toList());
        return "roadmap";
    }
}
