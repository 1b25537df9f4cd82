package ru.roadmapbot.admin;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;

/**
 * A roadmap's activities as written and as understood ({@code ?review=true} shows only the rows to review), its
 * territory and level, and its short name, which can be changed here.
 */
@Controller
class RoadmapPageController {

    private final Roadmaps roadmaps;
    private final RoadmapImporter importer;
    private final Territories territories;
    private final AdminViews views;
    private final Texts texts;

    RoadmapPageController(Roadmaps roadmaps, RoadmapImporter importer, Territories territories, AdminViews views,
                          Texts texts) {
        this.roadmaps = roadmaps;
        this.importer = importer;
        this.territories = territories;
        this.views = views;
        this.texts = texts;
    }

    @GetMapping("/admin/roadmaps/{id}")
    @Transactional(readOnly = true)
    String roadmap(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean review, Model model,
                   Locale locale) {
        Roadmap roadmap = roadmaps.roadmap(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String language = Texts.language(locale);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("territory", territories.nameOf(roadmap.getTerritoryId()));
        model.addAttribute("review", review);
        model.addAttribute("activities", roadmaps.activitiesOf(id).stream()
                .map(activity -> views.of(activity, language)).filter(view -> !review || view.needsReview()).toList());
        return "roadmap";
    }

    @PostMapping("/admin/roadmaps/{id}/name")
    String rename(@PathVariable Long id, @RequestParam String shortName, RedirectAttributes redirect, Locale locale) {
        if (roadmaps.roadmap(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String language = Texts.language(locale);
        if (shortName.isBlank()) {
            redirect.addFlashAttribute("message", texts.plain(language, "admin.roadmap.rename.blank"));
        } else {
            Roadmap renamed = importer.rename(id, shortName);
            redirect.addFlashAttribute("message", texts.plain(language, "admin.roadmap.renamed", renamed.shortName()));
        }
        return "redirect:/admin/roadmaps/" + id;
    }
}
