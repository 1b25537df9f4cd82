package ru.roadmapbot.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminder table as planning sees it: the rows of a batch of people read in one query, and what planning
 * changes written back in JDBC batches. Going through JPA one entity at a time cost minutes for a region: every
 * query flushed a session that held every reminder planned so far.
 */
final class PlannedRows {

    /** A stored reminder of a person, keyed like a planned moment. */
    record Row(long id, long participantId, long activityId, LocalDate due, String code, Instant fireAt,
               ReminderState state) {

        String key() {
            return PlannedRows.key(activityId, due, code);
        }
    }

    private final JdbcTemplate jdbc;
    private final List<Object[]> inserts = new ArrayList<>();
    private final List<Object[]> replans = new ArrayList<>();
    private final List<Object[]> moves = new ArrayList<>();
    private final List<Object[]> cancels = new ArrayList<>();

    PlannedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String key(long activityId, LocalDate due, String code) {
        return activityId + "|" + due + "|" + code;
    }

    /** The reminders of these people due on {@code from} or later, by person. */
    Map<Long, List<Row>> load(Collection<Long> participantIds, LocalDate from) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        String ids = participantIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, List<Row>> byPerson = new HashMap<>();
        jdbc.query("select id, participant_id, activity_id, due_date, kind, fire_at, state from reminder "
                + "where due_date >= ? and participant_id in (" + ids + ")", rs -> {
            Row row = new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                    rs.getString(5), rs.getTimestamp(6).toInstant(), ReminderState.valueOf(rs.getString(7)));
            byPerson.computeIfAbsent(row.participantId(), k -> new ArrayList<>()).add(row);
        }, java.sql.Date.valueOf(from));
        return byPerson;
    }

    void insert(long participantId, long activityId, LocalDate due, String code, Instant fireAt, Instant now) {
        inserts.add(new Object[]{participantId, activityId, java.sql.Date.valueOf(due), code, Timestamp.from(fireAt),
                Timestamp.from(now)});
    }

    /** A cancelled reminder wanted again (lead days set back, an activity restored): the same row, planned anew. */
    void replan(long id, Instant fireAt) {
        replans.add(new Object[]{Timestamp.from(fireAt), id});
    }

    /** The planned moment moved (quiet hours or lead days changed) before it came. */
    void move(long id, Instant fireAt) {
        moves.add(new Object[]{Timestamp.from(fireAt), id});
    }

    void cancel(long id) {
        cancels.add(new Object[]{id});
    }

    /** Writes what was collected; the conditions on state leave alone a row the dispatcher took meanwhile. */
    void flush() {
        batch("insert into reminder (participant_id, activity_id, due_date, kind, fire_at, state, planned_at) "
                + "values (?, ?, ?, ?, ?, 'PLANNED', ?)", inserts);
        batch("update reminder set fire_at = ?, state = 'PLANNED' where id = ? and state = 'CANCELLED'", replans);
        batch("update reminder set fire_at = ? where id = ? and state = 'PLANNED'", moves);
        batch("update reminder set state = 'CANCELLED' where id = ? and state = 'PLANNED'", cancels);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}
