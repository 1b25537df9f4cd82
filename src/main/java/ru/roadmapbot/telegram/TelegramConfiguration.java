package ru.roadmapbot.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/** Wires the bot when a token is configured; otherwise an offline messenger and one log line say it is off. */
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
        CallbackSigner callbackSigner(TelegramProperties properties) {
            return new CallbackSigner(properties.token());
        }

        @Bean
        TelegramSender telegramSender(TelegramClient telegramClient, OkHttpClient telegramHttpClient,
                                      TelegramProperties properties, CallbackSigner callbackSigner, SendBudget budget,
                                      MeterRegistry meters) {
            return new TelegramSender(telegramClient, telegramHttpClient, properties, callbackSigner, budget, meters);
        }

        @Bean
        Messenger telegramMessenger(TelegramSender telegramSender) {
            return new TelegramMessenger(telegramSender);
        }

        @Bean
        ImportCallback importCallback(PendingImportRepository pending, PendingInputs questions, RoadmapImporter importer,
                                      TelegramSender sender, TaskExecutor taskExecutor,
                                      PlatformTransactionManager transactionManager, Texts texts) {
            return new ImportCallback(pending, questions, importer, sender, taskExecutor, transactionManager, texts);
        }

        @Bean
        ProofCallback proofCallback(Confirmations confirmations, TelegramSender sender, TaskExecutor taskExecutor,
                                    Texts texts) {
            return new ProofCallback(confirmations, sender, taskExecutor, texts);
        }

        @Bean
        ProcessedUpdates processedUpdates(JdbcTemplate jdbc, Clock clock) {
            return new ProcessedUpdates(jdbc, clock);
        }

        @Bean
        DocumentHandler documentHandler(TelegramSender sender, RoadmapImporter importer, PendingImportRepository pending,
                                        TelegramProperties properties, Texts texts, Clock clock) {
            return new DocumentHandler(sender, importer, pending, uploadReaders(), properties, texts, clock);
        }

        /** Two uploads read at a time and eight waiting; past that a coordinator is asked to send again. */
        private static TaskExecutor uploadReaders() {
            ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
            pool.setCorePoolSize(2);
            pool.setMaxPoolSize(2);
            pool.setQueueCapacity(8);
            pool.setThreadNamePrefix("upload-");
            pool.setDaemon(true);
            pool.initialize();
            return pool;
        }

        @Bean
        PendingInputHandler pendingInputHandler(PendingInputs pending, Confirmations confirmations,
                                                ConfirmationProperties limits, Participants participants,
                                                Forwarding forwarding, DocumentHandler documents, TelegramSender sender,
                                                Texts texts) {
            return new PendingInputHandler(pending, confirmations, limits, participants, forwarding, documents, sender,
                    texts);
        }

        @Bean
        UpdateRouter updateRouter(List<CommandHandler> commands, List<CallbackHandler> callbacks, DocumentHandler documents,
                                  PendingInputHandler answers, Participants participants,
                                  CallbackSigner signer, TelegramSender sender, Texts texts) {
            return new UpdateRouter(commands, callbacks, documents, answers, participants, signer, sender, texts);
        }

        @Bean(destroyMethod = "close")
        UpdateQueue updateQueue(TelegramProperties properties) {
            return new UpdateQueue(Math.max(1, properties.updateThreads()));
        }

        @Bean
        UpdateIntake updateIntake(UpdateRouter router, ProcessedUpdates processed, UpdateQueue queue, SendBudget budget,
                                  TelegramProperties properties, MeterRegistry meters) {
            return new UpdateIntake(router, processed, new FloodGuard(properties.flood(), System::nanoTime), queue, budget,
                    properties, meters);
        }

        @Bean
        WebhookSecret webhookSecret(TelegramProperties properties) {
            return new WebhookSecret(properties);
        }

        @Bean
        TelegramBot telegramBot(TelegramProperties properties, TelegramUrl telegramUrl, UpdateIntake intake,
                                TelegramSender sender, WebhookSecret secret, Leases leases, BotIdentity identity,
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

        @Bean
        Messenger offlineMessenger() {
            log.info("Telegram bot is off: TELEGRAM_BOT_TOKEN is not set (the web app, import and calendars work without it)");
            return new OfflineMessenger();
        }
    }
}
