package ru.roadmapbot.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.messenger.Channel;

/**
 * The bots' user names, which invitation links need: each transport reports its own when it connects, and they are
 * kept in the database, so the command line can print working links without talking to a messenger.
 */
@Service
public class BotIdentity {

    /** Telegram's, under the key it always had; other channels add their key. */
    static final String BOT_NAME = "messenger.bot-name";

    private final AppSettingRepository settings;
    private final PeopleProperties properties;

    BotIdentity(AppSettingRepository settings, PeopleProperties properties) {
        this.settings = settings;
        this.properties = properties;
    }

    @Transactional
    public void remember(Channel channel, String botName) {
        String key = keyOf(channel);
        AppSetting setting = settings.findById(key).orElseGet(() -> new AppSetting(key, botName));
        setting.setValue(botName);
        settings.save(setting);
    }

    @Transactional(readOnly = true)
    public Optional<String> botName(Channel channel) {
        String configured = properties.botName(channel);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        return settings.findById(keyOf(channel)).map(AppSetting::getValue);
    }

    /** The deep link of a channel for a token, or empty while that bot's name is unknown. */
    public Optional<String> link(Channel channel, String token) {
        return botName(channel).map(bot -> properties.inviteLinkTemplate(channel).replace("{bot}", bot)
                .replace("{token}", token));
    }

    /** The deep links for a token on every channel whose bot is known, Telegram first. */
    @Transactional(readOnly = true)
    public Map<Channel, String> links(String token) {
        Map<Channel, String> links = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            link(channel, token).ifPresent(link -> links.put(channel, link));
        }
        return links;
    }

    private static String keyOf(Channel channel) {
        return channel == Channel.TELEGRAM ? BOT_NAME : BOT_NAME + "." + channel.key();
    }
}
