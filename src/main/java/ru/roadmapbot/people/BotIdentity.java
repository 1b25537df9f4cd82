package ru.roadmapbot.people;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot's user name, which invitation links need. The messenger reports it when it connects and it is kept
 * in the database, so the command line can print working links without talking to the messenger.
 */
@Service
public class BotIdentity {

    static final String BOT_NAME = "messenger.bot-name";

    private final AppSettingRepository settings;
    private final PeopleProperties properties;

    BotIdentity(AppSettingRepository settings, PeopleProperties properties) {
        this.settings = settings;
        this.properties = properties;
    }

    @Transactional
    public void remember(String botName) {
        AppSetting setting = settings.findById(BOT_NAME).orElseGet(() -> new AppSetting(BOT_NAME, botName));
        setting.setValue(botName);
        settings.save(setting);
    }

    @Transactional(readOnly = true)
    public Optional<String> botName() {
        if (properties.botName() != null && !properties.botName().isBlank()) {
            return Optional.of(properties.botName());
        }
        return settings.findById(BOT_NAME).map(AppSetting::getValue);
    }

    /** The deep link for a token, or empty while the bot's name is unknown. */
    public Optional<String> link(String token) {
        return botName().map(bot -> properties.inviteLinkTemplate().replace("{bot}", bot).replace("{token}", token));
    }
}
