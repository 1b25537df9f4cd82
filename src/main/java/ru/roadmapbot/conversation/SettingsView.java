package ru.roadmapbot.conversation;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.SafeHtml;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.BotIdentity;
import ru.roadmapbot.people.Contact;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.RussianTimeZones;

/**
 * The /settings screen and its pickers: time zone, quiet hours, reminder lead times, language, digest, and which
 * messenger reminders go to.
 */
@Component
class SettingsView {

    static final List<String> QUIET_PRESETS = List.of("21-08", "22-07", "20-09", "23-06", "off");
    static final List<String> LEAD_PRESETS = List.of("7,1,0", "3,1,0", "1,0", "14,7,1,0", "0");

    private final Participants participants;
    private final BotIdentity bots;
    private final Texts texts;
    private final Clock clock;

    SettingsView(Participants participants, BotIdentity bots, Texts texts, Clock clock) {
        this.participants = participants;
        this.bots = bots;
        this.texts = texts;
        this.clock = clock;
    }

    Reply main(Participant participant) {
        String language = participant.getLanguage();
        ZoneId zone = participants.zoneOf(participant);
        LocalTime quietStart = participants.quietStartOf(participant);
        LocalTime quietEnd = participants.quietEndOf(participant);
        String quiet = quietStart.equals(quietEnd) ? texts.get(language, "settings.quiet.off")
                : texts.get(language, "settings.quiet.range", quietStart.toString(), quietEnd.toString());
        String lead = participants.leadDaysOf(participant).stream().map(String::valueOf).collect(Collectors.joining(", "));
        String text = texts.get(language, "settings.summary", zone.getId(), offset(zone), new SafeHtml(quiet), lead,
                texts.plain(language, "settings.language." + language),
                texts.plain(language, participant.isWeeklyDigest() ? "settings.yes" : "settings.no"));
        List<List<Button>> keyboard = new ArrayList<>(List.of(
                List.of(button(language, "settings.button.zone", "tz"), button(language, "settings.button.quiet", "quiet")),
                List.of(button(language, "settings.button.lead", "lead"), button(language, "settings.button.language",
                        "en".equals(language) ? "lang=ru" : "lang=en")),
                List.of(button(language, participant.isWeeklyDigest() ? "settings.button.digest-off" : "settings.button.digest-on",
                        participant.isWeeklyDigest() ? "digest=off" : "digest=on"))));
        return channels(participant, text, keyboard);
    }

    /**
     * The messenger part: where reminders go, a button to move them to the person's other messenger, and one to
     * connect a messenger they have no account in yet (only when the product runs a bot there).
     */
    private Reply channels(Participant participant, String text, List<List<Button>> keyboard) {
        String language = participant.getLanguage();
        List<Contact> contacts = participants.contactsOf(participant.getId());
        List<Channel> connected = contacts.stream().map(Contact::channel).distinct().toList();
        Channel current = Participants.addressOf(participant, contacts).map(Address::channel)
                .orElse(participant.preferredChannel());
        String names = connected.stream().map(Channel::title).collect(Collectors.joining(", "));
        text = text + texts.get(language, "settings.channels", current.title(), names);
        List<Button> row = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (connected.contains(channel) && channel != current) {
                row.add(new Button(texts.plain(language, "settings.button.channel", channel.title()),
                        "set", "channel=" + channel.key()));
            } else if (!connected.contains(channel) && bots.botName(channel).isPresent()) {
                row.add(new Button(texts.plain(language, "settings.button.connect", channel.title()),
                        "set", "connect=" + channel.key()));
            }
        }
        if (!row.isEmpty()) {
            keyboard.add(row);
        }
        return Reply.withButtons(text, keyboard);
    }

    Reply zones(Participant participant) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < RussianTimeZones.IDS.size(); i += 2) {
            List<Button> row = new ArrayList<>();
            for (String zone : RussianTimeZones.IDS.subList(i, Math.min(i + 2, RussianTimeZones.IDS.size()))) {
                row.add(new Button(city(participant.getLanguage(), zone) + " " + offset(ZoneId.of(zone)), "set", "tz=" + zone));
            }
            rows.add(row);
        }
        rows.add(List.of(button(participant.getLanguage(), "settings.button.back", "menu")));
        return Reply.withButtons(texts.get(participant.getLanguage(), "settings.zone.choose"), rows);
    }

    Reply presets(Participant participant, String kind, List<String> presets) {
        String language = participant.getLanguage();
        List<List<Button>> rows = new ArrayList<>();
        for (String preset : presets) {
            rows.add(List.of(new Button(texts.plain(language, "settings." + kind + ".preset." + preset), "set", kind + "=" + preset)));
        }
        rows.add(List.of(button(language, "settings.button.back", "menu")));
        return Reply.withButtons(texts.get(language, "settings." + kind + ".choose"), rows);
    }

    private String city(String language, String zone) {
        return texts.plain(language, RussianTimeZones.cityKey(zone));
    }

    private Button button(String language, String key, String payload) {
        return new Button(texts.plain(language, key), "set", payload);
    }

    private String offset(ZoneId zone) {
        return RussianTimeZones.offset(zone, clock.instant());
    }
}
