package ru.roadmapbot.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

import ru.roadmapbot.confirmation.Escalations;

/** Escalates overdue, unconfirmed tasks; the notices follow from the events. */
@DisallowConcurrentExecution
class EscalateJob extends QuartzJobBean {

    private final Escalations escalations;

    EscalateJob(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        escalations.escalate();
    }
}
