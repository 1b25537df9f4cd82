/**
 * What instances sharing one database agree on: which of them are alive (a heartbeat), who holds a named lease (the
 * one Telegram long poll), and the send budget they share (the global rate and each chat's spacing), so that N
 * instances together keep the limits one instance keeps.
 */
@ApplicationModule(allowedDependencies = {"messenger"})
package ru.roadmapbot.cluster;

import org.springframework.modulith.ApplicationModule;
