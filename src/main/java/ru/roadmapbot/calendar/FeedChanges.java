package ru.roadmapbot.calendar;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import ru.roadmapbot.confirmation.StatusReported;
import ru.roadmapbot.confirmation.StatusReviewed;
import ru.roadmapbot.people.ParticipantRegistered;
import ru.roadmapbot.people.ParticipantSettingsChanged;
import ru.roadmapbot.roadmap.RoadmapImported;

/**
 * A version of everything feeds are made of, so that a feed is rendered once per change and not once per poll.
 * Changes made in this process (imports, statuses, people's settings) count at once, after their transaction
 * commits; the database is asked at most once per {@code changeCheckInterval} for the latest change of activities,
 * roadmaps and statuses, which catches a re-import from the command line into the shared database.
 * <p>
 * Read the version before reading the data a feed is made of: a change that commits in between then only costs one
 * more rendering, never a stale feed kept under the new version.
 */
@Component
class FeedChanges {

    private static final String STAMP = "select (select max(updated_at) from activity),"
            + " (select count(*) from activity), (select max(imported_at) from roadmap),"
            + " (select max(updated_at) from task_status), (select count(*) from task_status)";

    private final JdbcTemplate jdbc;
    private final long checkNanos;
    // a monotonic ticker, not the Clock: this measures how old a cached answer is, and a pinned demo clock stands still
    private final LongSupplier ticker;
    private final AtomicLong local = new AtomicLong();
    private volatile Stamp stamp;

    private record Stamp(String value, long checkedAt) {
    }

    @Autowired
    FeedChanges(JdbcTemplate jdbc, CalendarProperties properties) {
        this(jdbc, properties, System::nanoTime);
    }

    FeedChanges(JdbcTemplate jdbc, CalendarProperties properties, LongSupplier ticker) {
        this.jdbc = jdbc;
        this.checkNanos = properties.changeCheckInterval().toNanos();
        this.ticker = ticker;
    }

    String version() {
        long now = ticker.getAsLong();
        Stamp current = stamp;
        if (current == null || now - current.checkedAt() >= checkNanos) {
            current = new Stamp(jdbc.query(STAMP, rs -> {
                rs.next();
                return rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getLong(5);
            }), now);
            stamp = current;
        }
        return local.get() + "|" + current.value();
    }

    /** Something feeds show changed in this process. */
    void changed() {
        local.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RoadmapImported event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StatusReported event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StatusReviewed event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ParticipantRegistered event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ParticipantSettingsChanged event) {
        changed();
    }
}
