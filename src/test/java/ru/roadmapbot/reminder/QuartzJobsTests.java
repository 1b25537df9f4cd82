package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The four recurring jobs live in Quartz's JDBC store in the application database, and they run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:quartz-jobs;DB_CLOSE_DELAY=-1", "spring.quartz.auto-startup=true"})
class QuartzJobsTests {

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recurringJobsAreStoredInTheDatabaseAndFire() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        for (String job : new String[]{"plan-reminders", "dispatch-reminders", "escalate", "weekly-digest"}) {
            assertThat(scheduler.checkExists(JobKey.jobKey(job))).as(job).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_JOB_DETAILS", Integer.class)).isEqualTo(4);

        long deadline = System.currentTimeMillis() + 20_000;
        while (scheduler.getMetaData().getNumberOfJobsExecuted() < 4 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(scheduler.getMetaData().getNumberOfJobsExecuted()).isGreaterThanOrEqualTo(4);
    }
}
