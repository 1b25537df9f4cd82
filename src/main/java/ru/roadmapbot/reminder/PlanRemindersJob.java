package ru.roadmapbot.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Plans the coming weeks' reminders. */
@DisallowConcurrentExecution
class PlanRemindersJob extends QuartzJobBean {

    private final ReminderPlanner planner;

    PlanRemindersJob(ReminderPlanner planner) {
        this.planner = planner;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        planner.plan();
    }
}
