/**
 * The MAX transport (the national messenger Russian schools are moving to): MAX's Bot API over the JDK's HTTP client,
 * long polling with a marker or a webhook subscription, updates translated into the conversation's {@code Incoming},
 * and the messenger port for MAX. Nothing outside this package knows MAX's wire format.
 */
@ApplicationModule(allowedDependencies = {"cluster", "conversation", "messenger", "people"})
package ru.roadmapbot.max;

import org.springframework.modulith.ApplicationModule;
