package ru.roadmapbot;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The application in a JVM of its own, started from the test classpath, for tests that kill it (SIGKILL) or run
 * two of it against one database. Its output is read (and dropped) so it never blocks on a full pipe.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;

    private AppProcess(Process process) {
        this.process = process;
    }

    /** Starts the app with these arguments (and quiet logs, a random port on 127.0.0.1); returns once it has started. */
    public static AppProcess start(List<String> arguments) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "ru.roadmapbot.RoadmapBotApplication", "--server.port=0",
                "--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.ru.roadmapbot=INFO"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(new File(".")).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("Started RoadmapBotApplication")) {
                        started.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
            started.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        try {
            if (!started.get(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the application exited before it started");
            }
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the application did not start", e);
        }
        return new AppProcess(process);
    }

    /** SIGKILL: no shutdown hook, no finally block, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
