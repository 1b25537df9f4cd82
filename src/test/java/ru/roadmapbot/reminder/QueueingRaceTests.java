package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.people.MessengerAccounts;

/**
 * Two producers (two instances, or the planner and a button press) queue the same key at the same moment: one
 * message is queued, the other producer is told so, and neither fails, also inside a transaction of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:queueing-race;DB_CLOSE_DELAY=-1")
class QueueingRaceTests {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameKeyQueuedAtOnceByTwoProducersIsQueuedOnceAndNobodyFails() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int rounds = 200;
            for (int round = 0; round < rounds; round++) {
                String key = "race:" + round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> producers = new ArrayList<>();
                for (int producer = 0; producer < 2; producer++) {
                    // the second producer queues from inside a transaction of its own, as the dispatcher does
                    boolean inTransaction = producer == 1;
                    producers.add(pool.submit(() -> {
                        together.await();
                        return inTransaction ? transactions.execute(status -> queue(key)) : queue(key);
                    }));
                }
                int queued = 0;
                for (Future<Boolean> result : producers) {
                    queued += result.get() ? 1 : 0;
                }
                assertThat(queued).as("round %d", round).isEqualTo(1);
            }
            assertThat(jdbc.queryForObject("select count(*) from outbox where dedup_key like 'race:%'", Integer.class))
                    .isEqualTo(rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean queue(String key) {
        return outbox.enqueue(key, 1L, MessengerAccounts.telegramChat(1L), OutgoingMessage.text("Напоминание"), Instant.now());
    }
}
