package ru.roadmapbot.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Sends the Monday digests that are due in someone's zone. */
@DisallowConcurrentExecution
class WeeklyDigestJob extends QuartzJobBean {

    private final WeeklyDigests digests;

    WeeklyDigestJob(WeeklyDigests digests) {
        this.digests = digests;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        digests.send();
    }
}
