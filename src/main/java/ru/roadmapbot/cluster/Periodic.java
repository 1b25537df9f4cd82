package ru.roadmapbot.cluster;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that runs a step, waits a period, and again, until closed; a step that fails is logged and tried
 * again a period later (a database that is away for a moment must not end a heartbeat for good).
 */
public final class Periodic implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Periodic.class);

    private final Thread thread;

    private Periodic(Thread thread) {
        this.thread = thread;
    }

    public static Periodic start(String name, Duration period, Runnable step) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    log.warn("{}: {}", name, e.toString());
                }
                try {
                    Thread.sleep(period.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new Periodic(thread);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
