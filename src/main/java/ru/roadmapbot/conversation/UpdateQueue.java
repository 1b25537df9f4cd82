package ru.roadmapbot.conversation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs updates on a few threads, each person's in the order they came and one at a time: a reply waits for the
 * person's chat spacing, and a person who writes fast must not take every thread from the others. A person with
 * more than {@link #PER_PERSON} updates waiting loses the newest (the flood guard stops such people much earlier).
 */
final class UpdateQueue implements AutoCloseable {

    static final int PER_PERSON = 50;
    private static final Logger log = LoggerFactory.getLogger(UpdateQueue.class);

    private final ExecutorService threads;
    private final Map<String, Deque<Runnable>> waiting = new HashMap<>();

    UpdateQueue(int threadCount) {
        AtomicInteger number = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(threadCount, threadCount, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "conversation-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Queues work for a person; it runs after their earlier work. */
    void submit(String personId, Runnable work) {
        synchronized (waiting) {
            Deque<Runnable> queue = waiting.get(personId);
            if (queue != null) {
                if (queue.size() < PER_PERSON) {
                    queue.addLast(work);
                } else {
                    log.debug("Update of a person with {} waiting dropped", PER_PERSON);
                }
                return;
            }
            waiting.put(personId, new ArrayDeque<>());
        }
        threads.execute(() -> drain(personId, work));
    }

    private void drain(String personId, Runnable first) {
        Runnable next = first;
        while (next != null) {
            try {
                next.run();
            } catch (RuntimeException e) {
                log.warn("Update failed: {}", e.toString(), e);
            }
            synchronized (waiting) {
                Deque<Runnable> queue = waiting.get(personId);
                next = queue.pollFirst();
                if (next == null) {
                    waiting.remove(personId);
                }
            }
        }
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
