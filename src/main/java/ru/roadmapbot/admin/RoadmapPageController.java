package ru.roadmapbot.admin;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final ConsoleScopes scopes;
    private final Texts texts;

    RoadmapPageController(Roadmaps roadmaps, RoadmapImporter importer, Territories territories, AdminViews views,
                          ConsoleScopes scopes, Texts texts) {
        this.scopes = scopes;
        this.roadmaps = roadmaps;
        this.importer = importer;
        this.territories = territories;
        this.views = views;
        this.texts = texts;
    }

    @GetMapping("/admin/roadmaps/{id}")
    @Transactional(readOnly = true)
    String roadmap(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean review,
                   @AuthenticationPrincipal ConsoleUser user, Model model, Locale locale) {
        Roadmap roadmap = scopes.visible(user, roadmaps.roadmap(id).orElseThrow(ConsoleScopes::notFound));
        String language = Texts.language(locale);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("territory", territories.nameOf(roadmap.getTerritoryId()));
        model.addAttribute("review", review);
        model.addAttribute("editable", scopes.of(user).includes(roadmap.getTerritoryId()));
        model.addAttribute("activities", roadmaps.activitiesOf(id).stream()
                .map(activity -> views.of(activity, language)).filter(view -> !review || view.needsReview()).toList());
        return "roadmap";
    }

    @PostMapping("/admin/roadmaps/{id}/name")
    String rename(@PathVariable Long id, @RequestParam String shortName, @AuthenticationPrincipal ConsoleUser user,
                  RedirectAttributes redirect, Locale locale) {
        Roadmap roadmap = scopes.visible(user, roadmaps.roadmap(id).orElseThrow(ConsoleScopes::notFound));
        // the region's roadmap is the region's to rename, not a municipality's
        scopes.check(user, roadmap.getTerritoryId());
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
