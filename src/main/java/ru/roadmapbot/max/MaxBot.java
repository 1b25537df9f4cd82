package ru.roadmapbot.max;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import tools.jackson.databind.JsonNode;

import ru.roadmapbot.cluster.LeasedPoll;
import ru.roadmapbot.cluster.Leases;
import ru.roadmapbot.cluster.Periodic;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.messenger.WebhookSecret;
import ru.roadmapbot.people.BotIdentity;

/**
 * Brings the MAX bot up once the application is: remembers the bot's user name for invitation links
 * ({@code https://max.ru/<bot>?start=<token>}), publishes the command menu, then takes updates. In webhook mode it
 * subscribes the public address with the secret (every instance does; the last word is the same). In polling mode only
 * the instance holding the database lease polls, and another takes over within the lease when it dies.
 */
class MaxBot implements SmartLifecycle {

    static final List<String> MENU = List.of("tasks", "week", "calendar", "settings", "help", "stop", "resume");
    private static final Logger log = LoggerFactory.getLogger(MaxBot.class);

    private final MaxProperties properties;
    private final MaxApi api;
    private final LeasedPoll poll;
    private final WebhookSecret secret;
    private final BotIdentity identity;
    private final Texts texts;
    private volatile Periodic keeper;
    private volatile boolean running;
    private volatile boolean connected;
    private volatile long nextConnect = Long.MIN_VALUE;

    MaxBot(MaxProperties properties, MaxApi api, MaxPolling polling, WebhookSecret secret, Leases leases,
           BotIdentity identity, Texts texts) {
        this.properties = properties;
        this.api = api;
        this.poll = new LeasedPoll(leases, "max-poll", "MAX", polling);
        this.secret = secret;
        this.identity = identity;
        this.texts = texts;
    }

    @Override
    public void start() {
        running = true;
        connected = connect(); // at once, so invitations made right after start carry the MAX link
        if (!connected) {
            nextConnect = System.nanoTime() + properties.reconnect().toNanos();
        }
        keeper = Periodic.start("max-bot", LeasedPoll.RENEW, this::step);
    }

    /**
     * Connects until MAX answers (a wrong token or an unreachable server must not take the web app, Telegram and
     * reminders down with it, and a MAX that was down at start is picked up when it comes back), then keeps the poll.
     */
    private void step() {
        if (!connected) {
            if (System.nanoTime() < nextConnect) {
                return;
            }
            connected = connect();
            if (!connected) {
                nextConnect = System.nanoTime() + properties.reconnect().toNanos();
                return;
            }
        }
        if (properties.mode() == MaxProperties.Mode.POLLING) {
            poll.keep();
        }
    }

    private boolean connect() {
        try {
            JsonNode me = api.me();
            String name = me.path("username").asString(null);
            if (name != null && !name.isBlank()) {
                identity.remember(Channel.MAX, name);
            }
            publishMenu();
            if (properties.mode() == MaxProperties.Mode.WEBHOOK) {
                String url = properties.publicUrl().toString().replaceAll("/+$", "") + MaxWebhookController.PATH;
                api.subscribe(url, secret.value(), MaxUpdates.TYPES);
                log.info("MAX bot {} takes updates at {}", name, url);
            }
            return true;
        } catch (DeliveryFailedException e) {
            log.error("MAX bot could not connect ({}); the rest of the app runs without it, trying again in {} s",
                    e.getMessage(), properties.reconnect().toSeconds());
            return false;
        }
    }

    private void publishMenu() {
        try {
            api.setCommands(MENU.stream().map(c -> new String[]{c, texts.plain("ru", "bot.menu." + c)}).toList());
        } catch (DeliveryFailedException e) {
            log.warn("MAX command menu not published: {}", e.getMessage());
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
