package ru.roadmapbot.agenda;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of agendas ({@code roadmapbot.agenda.*}).
 *
 * @param horizonDays  how far ahead "my tasks" looks
 * @param overdueDays  how far back an unfinished occurrence still counts as overdue
 */
@ConfigurationProperties("roadmapbot.agenda")
public record AgendaProperties(@DefaultValue("14") int horizonDays, @DefaultValue("60") int overdueDays) {
}
