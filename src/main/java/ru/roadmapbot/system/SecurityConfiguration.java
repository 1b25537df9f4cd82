package ru.roadmapbot.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import ru.roadmapbot.account.AccountRefusedException;
import ru.roadmapbot.account.Accounts;
import ru.roadmapbot.admin.SessionEpochs;
import ru.roadmapbot.admin.SignInGuard;

/**
 * Who may see what over HTTP: calendar feeds are public (their token is the secret), health is public for load
 * balancers, the console needs a coordinator's account; everything else is closed. Sign-in is throttled
 * ({@link SignInGuard}) and a session ends when its account is signed out everywhere ({@link SessionEpochs}). Only
 * when there is a web server: the command line and the bot-only tests run without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInGuard guard, SessionEpochs epochs) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/calendar/**", "/actuator/health/**", "/login", "/admin.css", "/error",
                                "/admin/sign-in/**").permitAll()
                        .requestMatchers("/", "/admin/**").hasAnyRole("REGIONAL", "MUNICIPAL")
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(guard).failureHandler(guard).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(guard, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(epochs, BasicAuthenticationFilter.class);
        return http.build();
    }

    /** The two filters run inside the security chain only, not again as plain servlet filters. */
    @Bean
    FilterRegistrationBean<SignInGuard> guardOnlyInTheChain(SignInGuard guard) {
        FilterRegistrationBean<SignInGuard> registration = new FilterRegistrationBean<>(guard);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionEpochs> epochsOnlyInTheChain(SessionEpochs epochs) {
        FilterRegistrationBean<SessionEpochs> registration = new FilterRegistrationBean<>(epochs);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * {@code ROADMAPBOT_ADMIN_PASSWORD} may make the first account; otherwise a fresh instance says how to make one.
     * No password is ever written to the log.
     */
    @EventListener(ApplicationReadyEvent.class)
    void firstAccount(ApplicationReadyEvent ready) {
        Accounts accounts = ready.getApplicationContext().getBean(Accounts.class);
        AdminProperties properties = ready.getApplicationContext().getBean(AdminProperties.class);
        try {
            accounts.bootstrap(properties.username(), properties.password()).ifPresent(account ->
                    log.info("Console account '{}' created from ROADMAPBOT_ADMIN_PASSWORD (regional, whole instance)",
                            account.getLogin()));
        } catch (AccountRefusedException refused) {
            log.error("ROADMAPBOT_ADMIN_PASSWORD made no console account: {} (a password needs {} characters at least)",
                    refused.reason(), Accounts.MIN_PASSWORD);
        }
        if (!accounts.any()) {
            log.info("The console has no account yet: create one with "
                    + "`java -jar roadmap-bot.jar admin create --login NAME --role regional` (the password is read from stdin)");
        }
    }
}
