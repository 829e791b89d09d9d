package dev.backlint.api;

/** One step of a finding's code flow (source, each propagation, sink). */
public record FlowStep(Location location, String message) {
}
