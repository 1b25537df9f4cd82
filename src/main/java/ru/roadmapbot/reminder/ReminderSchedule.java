package ru.roadmapbot.reminder;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The few recurring Quartz jobs; reminders themselves live in the reminder table, not as one trigger each (a
 * region has tens of thousands of them). Misfires (the app was down) run once when it is back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReminderProperties.class, DeliveryProperties.class})
class ReminderSchedule {

    @Bean
    JobDetail planRemindersJob() {
        return JobBuilder.newJob(PlanRemindersJob.class).withIdentity("plan-reminders").storeDurably().build();
    }

    @Bean
    Trigger planRemindersTrigger(JobDetail planRemindersJob) {
        return every(planRemindersJob, "plan-reminders", 15 * 60);
    }

    @Bean
    JobDetail dispatchRemindersJob() {
        return JobBuilder.newJob(DispatchRemindersJob.class).withIdentity("dispatch-reminders").storeDurably().build();
    }

    @Bean
    Trigger dispatchRemindersTrigger(JobDetail dispatchRemindersJob) {
        return every(dispatchRemindersJob, "dispatch-reminders", 60);
    }

    @Bean
    JobDetail escalateJob() {
        return JobBuilder.newJob(EscalateJob.class).withIdentity("escalate").storeDurably().build();
    }

    @Bean
    Trigger escalateTrigger(JobDetail escalateJob) {
        return every(escalateJob, "escalate", 30 * 60);
    }

    @Bean
    JobDetail weeklyDigestJob() {
        return JobBuilder.newJob(WeeklyDigestJob.class).withIdentity("weekly-digest").storeDurably().build();
    }

    @Bean
    Trigger weeklyDigestTrigger(JobDetail weeklyDigestJob) {
        return every(weeklyDigestJob, "weekly-digest", 15 * 60);
    }

    private static Trigger every(JobDetail job, String name, int seconds) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(name).startNow()
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(seconds).withMisfireHandlingInstructionFireNow())
                .build();
    }
}
