package ru.roadmapbot.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Queues the reminders whose moment has come. */
@DisallowConcurrentExecution
class DispatchRemindersJob extends QuartzJobBean {

    private final ReminderDispatcher dispatcher;

    DispatchRemindersJob(ReminderDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        dispatcher.dispatchDue();
    }
}
