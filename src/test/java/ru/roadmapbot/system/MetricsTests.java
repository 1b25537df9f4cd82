package ru.roadmapbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.roadmapbot.reminder.ReminderPlanner;
import ru.roadmapbot.roadmap.RoadmapImporter;

/**
 * Prometheus scrapes the management port: reminders planned, messages sent / failed / uncertain, the outbox's depth
 * and age, 429s, update lag and import durations are there; on the public port the metrics are closed, and the
 * probes for the proxy are open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:metrics;DB_CLOSE_DELAY=-1", "server.address=127.0.0.1",
        "management.server.port=0", "management.server.address=127.0.0.1", "spring.quartz.auto-startup=false"})
class MetricsTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    ReminderPlanner planner;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(int on, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prometheusScrapesTheManagementPort() throws Exception {
        importer.importContent("metrics.txt", String.join("\n", "Дорожная карта «500+» в 2022 году",
                "№ п/п\tМероприятие\tСроки\tОтветственные",
                "1.\tОтчёт о самодиагностике\tдо 30.03.2022\tРуководители ОУ", "").getBytes(StandardCharsets.UTF_8), null);
        planner.plan();

        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("roadmapbot_reminders_planned_total", "roadmapbot_messages_sent_total",
                "roadmapbot_messages_failed_total", "roadmapbot_messages_uncertain_total", "roadmapbot_outbox_depth",
                "roadmapbot_outbox_age", "roadmapbot_import_duration_seconds_count{", "step=\"import\"",
                "jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void thePublicPortHasProbesButNoMetrics() throws Exception {
        assertThat(get(port, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
        assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
    }
}
