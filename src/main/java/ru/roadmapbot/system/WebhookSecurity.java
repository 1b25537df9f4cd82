package ru.roadmapbot.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The messengers' webhooks have a security of their own: Telegram and MAX sign in with a secret header, which each
 * transport's webhook controller checks, not with a session, so these paths have no sign-in, no CSRF token and no
 * session (ahead of the web admin's rules).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebhookSecurity {

    /** Where Telegram and MAX post updates in webhook mode. */
    static final String[] PATHS = {"/telegram/webhook", "/max/webhook"};

    @Bean
    @Order(1)
    SecurityFilterChain messengerWebhooks(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
