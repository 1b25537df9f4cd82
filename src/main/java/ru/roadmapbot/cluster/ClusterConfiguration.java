package ru.roadmapbot.cluster;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cluster's parts run on the machine's real time, not on the application's {@link Clock} bean: how fast Telegram
 * may be called and whether an instance is alive do not move with a demo clock pinned in the past.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ClusterProperties.class, SendLimits.class})
class ClusterConfiguration {

    private static final Clock REAL_TIME = Clock.systemUTC();

    @Bean
    ClusterNode clusterNode(JdbcTemplate jdbc, ClusterProperties properties) {
        return new ClusterNode(jdbc, properties, REAL_TIME);
    }

    @Bean
    Leases leases(JdbcTemplate jdbc, ClusterNode node) {
        return new Leases(jdbc, node, REAL_TIME);
    }

    @Bean
    SendBudget sendBudget(JdbcTemplate jdbc, ClusterNode node, SendLimits limits) {
        return new DatabaseSendBudget(jdbc, node, REAL_TIME, limits);
    }
}
