package ru.roadmapbot.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ru.roadmapbot.territory.Territories;

/** What every console page shows in its header: who is signed in, and over which territory. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final Territories territories;
    private final AdminViews views;
    private final ConsoleDates dates;

    ConsoleModel(Territories territories, AdminViews views, ConsoleDates dates) {
        this.territories = territories;
        this.views = views;
        this.dates = dates;
    }

    /** "Москва (UTC+3)": the zone every time on the console's pages is in. */
    @ModelAttribute("zoneName")
    String zoneName(java.util.Locale locale) {
        return views.zoneName(dates.zone(), locale);
    }

    @ModelAttribute("me")
    ConsoleUser me(@AuthenticationPrincipal ConsoleUser user) {
        return user;
    }

    @ModelAttribute("territoryName")
    String territoryName(@AuthenticationPrincipal ConsoleUser user) {
        return user == null ? null : territories.nameOf(user.territoryId());
    }
}
