package ru.roadmapbot.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.roadmapbot.cluster.Leases;
import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.confirmation.ConfirmationProperties;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.messenger.Messenger;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.BotIdentity;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.RoadmapAnalyzer;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.RoadmapReader;
import ru.roadmapbot.messenger.ButtonSigner;
import ru.roadmapbot.conversation.ConversationIntake;
import ru.roadmapbot.messenger.WebhookSecret;

/** Wires the Telegram transport when a token is configured; otherwise one log line says it is off. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(TelegramTokenCondition.class)
    static class Online {

        @Bean
        TelegramUrl telegramUrl(TelegramProperties properties) {
            URI base = properties.baseUrl();
            int port = base.getPort() > 0 ? base.getPort() : ("http".equals(base.getScheme()) ? 80 : 443);
            return new TelegramUrl(base.getScheme(), base.getHost(), port, false);
        }

        @Bean
        OkHttpClient telegramHttpClient(TelegramProperties properties) {
            // read timeout above the long-poll wait, or every quiet poll would end in an error
            return new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                    .readTimeout(Duration.ofSeconds(properties.pollTimeoutSeconds() + 15L)).build();
        }

        @Bean
        TelegramClient telegramClient(OkHttpClient telegramHttpClient, TelegramProperties properties, TelegramUrl telegramUrl) {
            return new OkHttpTelegramClient(telegramHttpClient, properties.token(), telegramUrl);
        }

        @Bean
        ButtonSigner telegramButtonSigner(TelegramProperties properties) {
            return new ButtonSigner(properties.token(), TelegramSender.MAX_BUTTON_DATA);
        }

        @Bean
        TelegramSender telegramSender(TelegramClient telegramClient, OkHttpClient telegramHttpClient,
                                      TelegramProperties properties, @Qualifier("telegramButtonSigner") ButtonSigner telegramButtonSigner, SendBudget budget,
                                      MeterRegistry meters) {
            return new TelegramSender(telegramClient, telegramHttpClient, properties, telegramButtonSigner, budget, meters);
        }

        @Bean
        Messenger telegramMessenger(TelegramSender telegramSender) {
            return new TelegramMessenger(telegramSender);
        }

        @Bean
        UpdateIntake updateIntake(ConversationIntake conversation,
                                  @Qualifier("telegramButtonSigner") ButtonSigner telegramButtonSigner) {
            return new UpdateIntake(conversation, telegramButtonSigner);
        }

        @Bean
        WebhookSecret telegramWebhookSecret(TelegramProperties properties) {
            return new WebhookSecret(properties.webhookSecret(), properties.token());
        }

        @Bean
        TelegramBot telegramBot(TelegramProperties properties, TelegramUrl telegramUrl, UpdateIntake intake,
                                TelegramSender sender, @Qualifier("telegramWebhookSecret") WebhookSecret secret, Leases leases, BotIdentity identity,
                                Texts texts) {
            if (properties.mode() == TelegramProperties.Mode.WEBHOOK
                    && (properties.publicUrl() == null || properties.publicUrl().toString().isBlank())) {
                throw new IllegalStateException("roadmapbot.telegram.mode=webhook needs the public address: "
                        + "set ROADMAPBOT_PUBLIC_URL (https://…)");
            }
            return new TelegramBot(properties, sender, new UpdatePolling(properties, telegramUrl, intake), secret, leases,
                    identity, texts);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoTelegramTokenCondition.class)
    static class Offline {

        Offline() {
            log.info("Telegram bot is off: TELEGRAM_BOT_TOKEN is not set (the web app, import and calendars work without it)");
        }
    }
}
