package ru.roadmapbot.conversation;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.RussianTimeZones;

/** Buttons of /settings; every change redraws the screen in place. Only offered values are accepted. */
@Component
class SettingsCallback implements CallbackHandler {

    private final SettingsView view;
    private final Participants participants;

    SettingsCallback(SettingsView view, Participants participants) {
        this.view = view;
        this.participants = participants;
    }

    @Override
    public String action() {
        return "set";
    }

    @Override
    public Reply handle(Conversation conversation, String payload) {
        Participant participant = conversation.participant();
        Long id = participant.getId();
        String[] pair = payload.split("=", 2);
        String value = pair.length > 1 ? pair[1] : null;
        switch (pair[0]) {
            case "tz" -> {
                if (value == null || !RussianTimeZones.IDS.contains(value)) {
                    return view.zones(participant).inPlace();
                }
                participant = participants.setTimeZone(id, ZoneId.of(value));
            }
            case "quiet" -> {
                if (value == null || !SettingsView.QUIET_PRESETS.contains(value)) {
                    return view.presets(participant, "quiet", SettingsView.QUIET_PRESETS).inPlace();
                }
                participant = "off".equals(value) ? participants.setQuietHours(id, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                        : participants.setQuietHours(id, hour(value.split("-")[0]), hour(value.split("-")[1]));
            }
            case "lead" -> {
                if (value == null || !SettingsView.LEAD_PRESETS.contains(value)) {
                    return view.presets(participant, "lead", SettingsView.LEAD_PRESETS).inPlace();
                }
                List<Integer> days = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
                participant = participants.setLeadDays(id, days);
            }
            case "lang" -> participant = participants.setLanguage(id, "en".equals(value) ? "en" : "ru");
            case "digest" -> participant = participants.setWeeklyDigest(id, "on".equals(value));
            default -> {
            }
        }
        return view.main(participant).inPlace();
    }

    private static LocalTime hour(String text) {
        return LocalTime.of(Integer.parseInt(text), 0);
    }
}
