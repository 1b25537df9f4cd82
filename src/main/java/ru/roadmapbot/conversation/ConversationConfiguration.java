package ru.roadmapbot.conversation;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.confirmation.ConfirmationProperties;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.RoadmapImporter;

/**
 * Wires the conversation, the same for every channel: the router and what it hands work to, the intake every
 * transport feeds. It stands without any transport (nothing then arrives).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
class ConversationConfiguration {

    @Bean
    ImportCallback importCallback(PendingImportRepository pending, PendingInputs questions, RoadmapImporter importer,
                                  Replies replies, TaskExecutor taskExecutor, PlatformTransactionManager transactionManager,
                                  Texts texts) {
        return new ImportCallback(pending, questions, importer, replies, taskExecutor, transactionManager, texts);
    }

    @Bean
    ProofCallback proofCallback(Confirmations confirmations, Replies replies, TaskExecutor taskExecutor, Texts texts) {
        return new ProofCallback(confirmations, replies, taskExecutor, texts);
    }

    @Bean
    ProcessedUpdates processedUpdates(JdbcTemplate jdbc, Clock clock) {
        return new ProcessedUpdates(jdbc, clock);
    }

    @Bean
    DocumentHandler documentHandler(Replies replies, RoadmapImporter importer, PendingImportRepository pending,
                                    ConversationProperties properties, Texts texts, Clock clock) {
        return new DocumentHandler(replies, importer, pending, uploadReaders(), properties, texts, clock);
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
                                            Forwarding forwarding, DocumentHandler documents, Replies replies,
                                            Texts texts) {
        return new PendingInputHandler(pending, confirmations, limits, participants, forwarding, documents, replies,
                texts);
    }

    @Bean
    ConversationRouter conversationRouter(List<CommandHandler> commands, List<CallbackHandler> callbacks,
                                          DocumentHandler documents, PendingInputHandler answers,
                                          Participants participants, Replies replies, Texts texts) {
        return new ConversationRouter(commands, callbacks, documents, answers, participants, replies, texts);
    }

    @Bean(destroyMethod = "close")
    UpdateQueue updateQueue(ConversationProperties properties) {
        return new UpdateQueue(Math.max(1, properties.updateThreads()));
    }

    @Bean
    ConversationIntake conversationIntake(ConversationRouter router, ProcessedUpdates processed, UpdateQueue queue,
                                          SendBudget budget, Participants participants, ConversationProperties properties,
                                          MeterRegistry meters) {
        return new ConversationIntake(router, processed, new FloodGuard(properties.flood(), System::nanoTime), queue,
                budget, participants, properties, meters);
    }
}
