package ru.roadmapbot.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.BotIdentity;

/**
 * Starts long polling against the configured Bot API server once the application is up, publishes the command
 * menu in Russian and English, and remembers the bot's user name for invitation links.
 */
class TelegramBot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    static final List<String> MENU = List.of("tasks", "week", "calendar", "settings", "help", "stop", "resume");

    private final TelegramProperties properties;
    private final TelegramUrl url;
    private final UpdateRouter router;
    private final TelegramSender sender;
    private final BotIdentity identity;
    private final Texts texts;
    private TelegramBotsLongPollingApplication polling;
    private volatile boolean running;

    TelegramBot(TelegramProperties properties, TelegramUrl url, UpdateRouter router, TelegramSender sender,
                BotIdentity identity, Texts texts) {
        this.properties = properties;
        this.url = url;
        this.router = router;
        this.sender = sender;
        this.identity = identity;
        this.texts = texts;
    }

    @Override
    public void start() {
        try {
            User me = sender.me();
            identity.remember(me.getUserName());
            publishMenu();
            polling = new TelegramBotsLongPollingApplication();
            polling.registerBot(properties.token(), () -> url, offset -> GetUpdates.builder().offset(offset)
                    .timeout(properties.pollTimeoutSeconds()).limit(100)
                    .allowedUpdates(List.of("message", "callback_query")).build(), router);
            running = true;
            log.info("Telegram bot @{} is polling {}", me.getUserName(), properties.baseUrl());
        } catch (DeliveryFailedException | TelegramApiException e) {
            // a wrong token or an unreachable server must not take the web app and reminders down with it
            log.error("Telegram bot could not start ({}); the rest of the app runs without it", e.getMessage());
        }
    }

    private void publishMenu() {
        for (String language : List.of("ru", "en")) {
            List<BotCommand> commands = MENU.stream()
                    .map(c -> new BotCommand(c, texts.plain(language, "bot.menu." + c))).toList();
            try {
                sender.setCommands(commands, "ru".equals(language) ? null : language);
            } catch (DeliveryFailedException e) {
                log.warn("Command menu ({}) not published: {}", language, e.getMessage());
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                log.debug("Polling stopped with {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
