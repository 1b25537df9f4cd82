package ru.roadmapbot.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of instances sharing a database ({@code roadmapbot.cluster.*}).
 *
 * @param nodeId    this instance's name in the database; empty: host, process id and a random suffix
 * @param heartbeat how often an instance says it is alive and looks for dead ones
 * @param deadAfter an instance silent this long is dead: its leases and unsent work are taken over
 */
@ConfigurationProperties("roadmapbot.cluster")
public record ClusterProperties(String nodeId,
                                @DefaultValue("3s") Duration heartbeat,
                                @DefaultValue("12s") Duration deadAfter) {
}
