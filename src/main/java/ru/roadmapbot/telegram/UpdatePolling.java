package ru.roadmapbot.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import ru.roadmapbot.cluster.LeasedPoll;
import ru.roadmapbot.messenger.DeliveryFailedException;

/** TelegramBots' long poll, started and stopped as the poll lease comes and goes; updates go to {@link UpdateIntake}. */
class UpdatePolling implements LeasedPoll.Poller {

    private static final Logger log = LoggerFactory.getLogger(UpdatePolling.class);

    private final TelegramProperties properties;
    private final TelegramUrl url;
    private final UpdateIntake intake;
    private TelegramBotsLongPollingApplication application;

    UpdatePolling(TelegramProperties properties, TelegramUrl url, UpdateIntake intake) {
        this.properties = properties;
        this.url = url;
        this.intake = intake;
    }

    @Override
    public synchronized boolean running() {
        return application != null;
    }

    @Override
    public synchronized void start() {
        TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication();
        try {
            polling.registerBot(properties.token(), () -> url, offset -> GetUpdates.builder().offset(offset)
                    .timeout(properties.pollTimeoutSeconds()).limit(100)
                    .allowedUpdates(List.of("message", "callback_query")).build(), intake);
        } catch (TelegramApiException e) {
            throw new DeliveryFailedException("long polling did not start: " + e.getMessage(), true, e);
        }
        application = polling;
    }

    @Override
    public synchronized void stop() {
        if (application == null) {
            return;
        }
        try {
            application.close();
        } catch (Exception e) {
            log.debug("Polling stopped with {}", e.toString());
        }
        application = null;
    }
}
