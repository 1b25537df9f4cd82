package ru.roadmapbot.cluster;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * This instance among those sharing the database: it writes a heartbeat, and when another instance falls silent
 * it tells the modules that hold work for it ({@link #onDeath}), which take that work over. Times are the machine's
 * real time, not the application's clock (a demo clock can be pinned in the past); instances on several machines
 * need NTP, as any cluster does.
 */
public class ClusterNode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterNode.class);

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;
    private final Clock realTime;
    private final String id;
    private final List<Consumer<Set<String>>> deathListeners = new CopyOnWriteArrayList<>();
    private volatile Periodic beat;

    ClusterNode(JdbcTemplate jdbc, ClusterProperties properties, Clock realTime) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.realTime = realTime;
        this.id = properties.nodeId() == null || properties.nodeId().isBlank() ? generatedId() : properties.nodeId();
    }

    private static String generatedId() {
        // "pid@host" plus a suffix: a restarted process with the same pid is another node
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** This instance's name, as written into the rows it claims. */
    public String id() {
        return id;
    }

    /** Called with the names of instances found dead, on this instance's heartbeat thread. */
    public void onDeath(Consumer<Set<String>> listener) {
        deathListeners.add(listener);
    }

    /** Whether an instance's heartbeat is recent. */
    public boolean alive(String nodeId) {
        Long beatAt = jdbc.query("select heartbeat_at from cluster_node where node_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, nodeId);
        return beatAt != null && realTime.millis() - beatAt < properties.deadAfter().toMillis();
    }

    /** Of the given instance names, those that are not alive. */
    public Set<String> deadAmong(Collection<String> nodeIds) {
        Set<String> dead = new java.util.HashSet<>(nodeIds);
        long since = realTime.millis() - properties.deadAfter().toMillis();
        dead.removeAll(jdbc.queryForList("select node_id from cluster_node where heartbeat_at >= ?", String.class, since));
        return dead;
    }

    @Override
    public void start() {
        long now = realTime.millis();
        jdbc.update("insert into cluster_node (node_id, started_at, heartbeat_at) values (?, ?, ?)", id, now, now);
        beat = Periodic.start("cluster-heartbeat", properties.heartbeat(), this::heartbeat);
        log.info("Cluster node {} started", id);
    }

    /** Says this instance is alive, then buries the dead: each found dead is handled by one instance only. */
    void heartbeat() {
        long now = realTime.millis();
        if (jdbc.update("update cluster_node set heartbeat_at = ? where node_id = ?", now, id) == 0) {
            // declared dead while paused (a long GC): alive again, with whatever it holds already taken over
            jdbc.update("insert into cluster_node (node_id, started_at, heartbeat_at) values (?, ?, ?)", id, now, now);
        }
        long deadBefore = now - properties.deadAfter().toMillis();
        Set<String> buried = new java.util.HashSet<>();
        for (String dead : jdbc.queryForList("select node_id from cluster_node where heartbeat_at < ?", String.class,
                deadBefore)) {
            // the delete is the claim: of two instances that find the same dead one, one takes its work
            if (jdbc.update("delete from cluster_node where node_id = ? and heartbeat_at < ?", dead, deadBefore) == 1) {
                buried.add(dead);
            }
        }
        if (!buried.isEmpty()) {
            log.warn("Instance(s) {} stopped answering; taking over their work", buried);
            deathListeners.forEach(listener -> listener.accept(buried));
        }
    }

    @Override
    public void stop() {
        Periodic heart = beat;
        beat = null;
        if (heart != null) {
            heart.close();
        }
        try {
            jdbc.update("delete from cluster_node where node_id = ?", id);
        } catch (RuntimeException e) {
            log.debug("Could not sign off: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return beat != null;
    }

    /** Up before the bot and the delivery workers, which claim work in its name, and down after them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
