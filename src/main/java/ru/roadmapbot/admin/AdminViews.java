package ru.roadmapbot.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.RussianTimeZones;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.ResponsibleParty;
import ru.roadmapbot.schedule.Schedule;
import ru.roadmapbot.schedule.SchedulePart;

/** Turns stored activities into what the admin pages show. */
@Component
class AdminViews {

    private final Texts texts;
    private final java.time.Clock clock;

    AdminViews(Texts texts, java.time.Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** "Москва (UTC+3)": the zone the console's times are in, named the way the bot's settings name it. */
    String zoneName(java.time.ZoneId zone, Locale locale) {
        String language = Texts.language(locale);
        String city = RussianTimeZones.IDS.contains(zone.getId()) ? texts.plain(language, RussianTimeZones.cityKey(zone.getId()))
                : zone.getId();
        return texts.plain(language, "admin.invite.zone-choice", city, RussianTimeZones.offset(zone, clock.instant()));
    }

    /** A schedule's dates as people read them: "до 01.04.2022", "14.02.2022 — 30.03.2022", "22.02.2022". */
    List<String> parts(Schedule schedule, String language) {
        List<String> parts = new ArrayList<>();
        for (SchedulePart part : schedule.parts()) {
            parts.add(part.start() == null ? texts.plain(language, "admin.part.deadline", Texts.day(part.end()))
                    : part.isSingleDay() ? Texts.day(part.end())
                    : texts.plain(language, "admin.part.period", Texts.day(part.start()), Texts.day(part.end())));
        }
        return parts;
    }

    ActivityView of(Activity activity, String language) {
        Schedule schedule = activity.schedule();
        List<String> parts = parts(schedule, language);
        List<String> parties = new ArrayList<>();
        for (ResponsibleParty party : activity.responsibleParties()) {
            String role = party.role() == null ? texts.plain(language, "admin.party.unknown")
                    : texts.plain(language, "people.role." + party.role().name().toLowerCase(Locale.ROOT));
            StringBuilder line = new StringBuilder(role);
            if (!party.organizations().isEmpty()) {
                line.append(": ").append(String.join(", ", party.organizations()));
            }
            if (party.person() != null) {
                line.append(" — ").append(party.person());
            }
            parties.add(line.toString());
        }
        List<String> review = activity.reviewMessageKeys();
        return new ActivityView(activity.getId(), activity.getNumber(), activity.getSection(), activity.getTitle(),
                activity.getScheduleText(), "admin.kind." + schedule.kind().code(), parts,
                schedule.recurrence() == null ? null : schedule.recurrence().toRrule(), schedule.externalPlan(),
                activity.getResponsibleText(), parties, review, activity.isWithdrawn(), activity.getRevision());
    }
}
