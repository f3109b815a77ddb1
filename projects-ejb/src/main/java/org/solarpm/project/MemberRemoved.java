package org.solarpm.project;

/** Fired (CDI event, in the removing transaction) when a user loses their membership of a project. */
public record MemberRemoved(long projectId, long userId) {
}
