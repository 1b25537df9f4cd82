/**
 * The port to the messengers: channels, addresses, one {@link ru.roadmapbot.messenger.Messenger} per transport
 * (Telegram first, MAX beside it; e-mail could follow) and the registry of those this instance has; signed buttons,
 * message splitting, and the localized, HTML-safe texts. No module but the transports knows a messenger's own types.
 */
@ApplicationModule(allowedDependencies = {})
package ru.roadmapbot.messenger;

import org.springframework.modulith.ApplicationModule;
