package ru.roadmapbot.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password encoder, for the console's sign-in and for the command line that sets passwords alike. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** bcrypt by default, with the algorithm stored beside each hash so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
