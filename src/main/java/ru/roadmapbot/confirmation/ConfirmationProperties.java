package ru.roadmapbot.confirmation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of confirmations ({@code roadmapbot.confirmation.*}).
 *
 * @param maxProofSize          the largest proof file accepted
 * @param curatorAfter          how long after the due day an unconfirmed task goes to the curator
 * @param coordinatorAfter      ...and to the municipal coordinator
 */
@ConfigurationProperties("roadmapbot.confirmation")
public record ConfirmationProperties(@DefaultValue("10MB") DataSize maxProofSize,
                                     @DefaultValue("1d") Duration curatorAfter,
                                     @DefaultValue("3d") Duration coordinatorAfter) {
}
