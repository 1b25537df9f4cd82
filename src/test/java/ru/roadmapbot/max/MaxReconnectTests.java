package ru.roadmapbot.max;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.people.BotIdentity;

/**
 * MAX unreachable when the application starts: the app starts all the same (the web app, Telegram and reminders do
 * not depend on MAX), and once MAX answers the bot connects on its own, learns its name and takes updates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:max-reconnect;DB_CLOSE_DELAY=-1", "roadmapbot.max.poll-timeout-seconds=2",
        "roadmapbot.max.reconnect=1s", "spring.quartz.auto-startup=false"})
class MaxReconnectTests {

    private static final int PORT = freePort();
    private static MaxEmulator max;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void max(DynamicPropertyRegistry registry) {
        registry.add("roadmapbot.max.token", () -> MaxEmulator.TOKEN);
        registry.add("roadmapbot.max.base-url", () -> "http://127.0.0.1:" + PORT);
    }

    @AfterAll
    static void stop() {
        if (max != null) {
            max.close();
        }
    }

    @Autowired
    BotIdentity bots;

    @Test
    void theBotConnectsOnceMaxAnswers() throws Exception {
        assertThat(bots.botName(Channel.MAX)).isEmpty(); // nothing listened when the app started

        max = MaxEmulator.start(true, PORT);

        await().atMost(Duration.ofSeconds(30)).until(() -> bots.botName(Channel.MAX).isPresent());
        assertThat(bots.botName(Channel.MAX)).contains(MaxEmulator.BOT_NAME);
        MaxEmulator.User stranger = new MaxEmulator.User(74001, "Гость");
        max.userStarts(stranger, null);
        max.awaitText(stranger, "нужна личная ссылка-приглашение");
    }
}
