package ru.roadmapbot.conversation;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.RussianTimeZones;

/**
 * Buttons of /settings; every change redraws the screen in place. Only offered values are accepted: a channel the
 * person has no account in is not preferred, it is connected through a one-time link first.
 */
@Component
class SettingsCallback implements CallbackHandler {

    private final SettingsView view;
    private final Participants participants;
    private final Invitations invitations;
    private final Texts texts;

    SettingsCallback(SettingsView view, Participants participants, Invitations invitations, Texts texts) {
        this.view = view;
        this.participants = participants;
        this.invitations = invitations;
        this.texts = texts;
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
            case "channel" -> {
                Channel channel = channel(value);
                if (channel != null && participants.contactsOf(id).stream().anyMatch(c -> c.channel() == channel)) {
                    participant = participants.preferChannel(id, channel);
                }
            }
            case "connect" -> {
                Channel channel = channel(value);
                if (channel != null) {
                    return connect(participant, channel);
                }
            }
            default -> {
            }
        }
        return view.main(participant).inPlace();
    }

    /** A one-time link that adds the other messenger's account to this person (their bot must be known). */
    private Reply connect(Participant participant, Channel channel) {
        String language = participant.getLanguage();
        String name = channel.title();
        return invitations.connectLink(participant.getId(), channel)
                .map(link -> Reply.text(texts.get(language, "settings.connect.link", name, link)))
                .orElseGet(() -> Reply.text(texts.get(language, "settings.connect.unavailable", name)));
    }

    private static Channel channel(String key) {
        try {
            return key == null ? null : Channel.ofKey(key);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalTime hour(String text) {
        return LocalTime.of(Integer.parseInt(text), 0);
    }
}
