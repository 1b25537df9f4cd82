package ru.roadmapbot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's first account ({@code roadmapbot.admin.*}; the password usually comes from the environment variable
 * {@code ROADMAPBOT_ADMIN_PASSWORD}): made at start when the instance has no account yet, regional over the whole
 * instance. Without a password no account is made; {@code admin create} on the command line makes one.
 */
@ConfigurationProperties("roadmapbot.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {
}
