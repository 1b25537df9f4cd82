package ru.roadmapbot.cluster;

import java.time.Clock;
import java.time.Duration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Named leases in the shared database: at most one live instance holds a name at a time (the Telegram long poll,
 * which Telegram allows only once per bot). A holder renews before its lease runs out; when it dies, the lease
 * runs out and another instance takes it.
 */
public class Leases {

    private final JdbcTemplate jdbc;
    private final ClusterNode node;
    private final Clock realTime;

    Leases(JdbcTemplate jdbc, ClusterNode node, Clock realTime) {
        this.jdbc = jdbc;
        this.node = node;
        this.realTime = realTime;
    }

    /** Takes or renews the lease for {@code ttl}; true while this instance holds it. */
    public boolean hold(String name, Duration ttl) {
        long now = realTime.millis();
        long until = now + ttl.toMillis();
        // one conditional update: renew our own, or take one that ran out
        int taken = jdbc.update("update cluster_lease set holder = ?, expires_at = ? where name = ? "
                + "and (holder = ? or expires_at < ?)", node.id(), until, name, node.id(), now);
        if (taken == 1) {
            return true;
        }
        try {
            jdbc.update("insert into cluster_lease (name, holder, expires_at) values (?, ?, ?)", name, node.id(), until);
            return true;
        } catch (DataIntegrityViolationException heldByAnother) {
            return false;
        }
    }

    /** Gives the lease up at once (a clean stop), so another instance need not wait for it to run out. */
    public void release(String name) {
        jdbc.update("update cluster_lease set holder = null, expires_at = 0 where name = ? and holder = ?", name, node.id());
    }

    /** Who holds a lease now, or null. */
    public String holder(String name) {
        return jdbc.query("select holder from cluster_lease where name = ? and expires_at >= ?",
                rs -> rs.next() ? rs.getString(1) : null, name, realTime.millis());
    }
}
