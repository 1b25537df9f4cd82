package ru.roadmapbot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web admin's account ({@code roadmapbot.admin.*}; the password usually comes from the environment variable
 * {@code ROADMAPBOT_ADMIN_PASSWORD}). Without a password one is generated at start and logged once.
 */
@ConfigurationProperties("roadmapbot.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {
}
