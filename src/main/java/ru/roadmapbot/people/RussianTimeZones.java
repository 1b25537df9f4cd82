package ru.roadmapbot.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Russia's eleven time zones, west to east (UTC+2 … UTC+12): what the bot and the web admin offer to choose from. */
public final class RussianTimeZones {

    public static final List<String> IDS = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
            "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
            "Asia/Magadan", "Asia/Kamchatka");

    private RussianTimeZones() {
    }

    /** The message key of the zone's city: "settings.zone.moscow" for Europe/Moscow. */
    public static String cityKey(String zoneId) {
        return "settings.zone." + zoneId.substring(zoneId.indexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** "UTC+3", "UTC+5:30", "UTC": the zone's offset at that instant, as people write it. */
    public static String offset(ZoneId zone, Instant at) {
        String id = zone.getRules().getOffset(at).getId();
        return "UTC" + ("Z".equals(id) ? "" : id.replace(":00", ""));
    }
}
