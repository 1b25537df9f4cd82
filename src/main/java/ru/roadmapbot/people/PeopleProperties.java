package ru.roadmapbot.people;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;


import ru.roadmapbot.messenger.Channel;
/**
 * Defaults for people ({@code roadmapbot.people.*}).
 *
 * @param defaultTimeZone    zone of people whose own and organization's zones are unknown
 * @param invitationTtl      how long an invitation link stays valid
 * @param quietStart         local hour from which no message is sent...
 * @param quietEnd           ...until this hour (messages wait, never drop)
 * @param leadDays           days before a deadline to remind (0 = on the day)
 * @param inviteLinkTemplate the Telegram deep link; {bot} and {token} are filled in
 * @param botName            the Telegram bot's user name when Telegram has not reported it yet
 * @param maxInviteLinkTemplate the MAX deep link, the same way
 * @param maxBotName         the MAX bot's user name when MAX has not reported it yet
 */
@ConfigurationProperties("roadmapbot.people")
public record PeopleProperties(@DefaultValue("Europe/Moscow") ZoneId defaultTimeZone,
                               @DefaultValue("14d") Duration invitationTtl,
                               @DefaultValue("21:00") LocalTime quietStart,
                               @DefaultValue("08:00") LocalTime quietEnd,
                               @DefaultValue({"7", "1", "0"}) List<Integer> leadDays,
                               @DefaultValue("https://t.me/{bot}?start={token}") String inviteLinkTemplate,
                               String botName,
                               @DefaultValue("https://max.ru/{bot}?start={token}") String maxInviteLinkTemplate,
                               String maxBotName) {

    /** The deep-link template of a channel. */
    public String inviteLinkTemplate(Channel channel) {
        return channel == Channel.MAX ? maxInviteLinkTemplate : inviteLinkTemplate;
    }

    /** The configured bot name of a channel, or null. */
    public String botName(Channel channel) {
        return channel == Channel.MAX ? maxBotName : botName;
    }
}
