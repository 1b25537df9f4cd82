package ru.roadmapbot.system;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * The management port ({@code MANAGEMENT_SERVER_PORT}, bound to an internal address: health, info and Prometheus's
 * {@code /actuator/prometheus}) is open to whoever can reach it, like a database port; so are {@code /livez} and
 * {@code /readyz} on the public port, for the proxy and the container's health checks. Only when the management
 * port is a port of its own: on the public port the actuator stays closed except health.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
                        RegexRequestMatcher.regexMatcher("^/(livez|readyz)$")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
