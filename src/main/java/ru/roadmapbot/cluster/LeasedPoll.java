package ru.roadmapbot.cluster;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A messenger's long poll, which only one instance of a cluster may run (two pollers would take each other's
 * updates): it runs while this instance holds the database lease, stops the moment it does not, and is given up on
 * shutdown so that the next instance need not wait for the lease to run out. When the holder dies, another instance
 * takes over within {@link #LEASE} plus one {@link #RENEW}.
 */
public final class LeasedPoll {

    public static final Duration LEASE = Duration.ofSeconds(20);
    /** How often {@link #keep()} is to be called. */
    public static final Duration RENEW = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(LeasedPoll.class);

    /** The poll itself. */
    public interface Poller {

        boolean running();

        void start();

        void stop();
    }

    private final Leases leases;
    private final String lease;
    private final String messenger;
    private final Poller poller;

    /**
     * @param lease     the lease's name ("telegram-poll")
     * @param messenger the messenger's name for the log
     */
    public LeasedPoll(Leases leases, String lease, String messenger, Poller poller) {
        this.leases = leases;
        this.lease = lease;
        this.messenger = messenger;
        this.poller = poller;
    }

    /** Renews the lease, and starts or stops the poll by whether this instance holds it. */
    public void keep() {
        boolean held = leases.hold(lease, LEASE);
        if (held && !poller.running()) {
            poller.start();
            log.info("{} bot is polling (this instance holds the poll)", messenger);
        } else if (!held && poller.running()) {
            poller.stop();
            log.warn("Another instance took the {} poll over; this one stops polling", messenger);
        }
    }

    /** Stops the poll and frees the lease at once, if this instance was polling. */
    public void release() {
        if (poller.running()) {
            poller.stop();
            leases.release(lease);
        }
    }
}
