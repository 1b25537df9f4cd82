package ru.roadmapbot.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import ru.roadmapbot.cluster.LeasedPoll;
import ru.roadmapbot.cluster.Leases;
import ru.roadmapbot.cluster.Periodic;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.BotIdentity;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.WebhookSecret;

/**
 * Brings the bot up once the application is: publishes the command menu in Russian and English, remembers the bot's
 * user name for invitation links, then takes updates. In webhook mode it tells Telegram the public address and the
 * secret (every instance does; the last word is the same). In polling mode only the instance holding the database
 * lease polls, since Telegram serves getUpdates to one caller at a time; it renews the lease every few seconds, and
 * when it dies another instance takes the lease over ({@link LeasedPoll}).
 */
class TelegramBot implements SmartLifecycle {

    static final List<String> MENU = List.of("tasks", "week", "calendar", "settings", "help", "stop", "resume");
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final TelegramProperties properties;
    private final TelegramSender sender;
    private final LeasedPoll poll;
    private final WebhookSecret secret;
    private final BotIdentity identity;
    private final Texts texts;
    private volatile Periodic keeper;
    private volatile boolean running;

    TelegramBot(TelegramProperties properties, TelegramSender sender, UpdatePolling polling, WebhookSecret secret,
                Leases leases, BotIdentity identity, Texts texts) {
        this.properties = properties;
        this.sender = sender;
        // TelegramBots deletes a webhook before it polls: getUpdates answers 409 while one is set
        this.poll = new LeasedPoll(leases, "telegram-poll", "Telegram", polling);
        this.secret = secret;
        this.identity = identity;
        this.texts = texts;
    }

    @Override
    public void start() {
        running = true;
        try {
            User me = sender.me();
            identity.remember(Channel.TELEGRAM, me.getUserName());
            publishMenu();
            if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
                String url = properties.publicUrl().toString().replaceAll("/+$", "") + WebhookController.PATH;
                sender.setWebhook(url, secret.value());
                log.info("Telegram bot @{} takes updates at {}", me.getUserName(), url);
            } else {
                keeper = Periodic.start("telegram-poll-lease", LeasedPoll.RENEW, poll::keep);
            }
        } catch (DeliveryFailedException e) {
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
        Periodic lease = keeper;
        keeper = null;
        if (lease != null) {
            lease.close();
        }
        poll.release();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
