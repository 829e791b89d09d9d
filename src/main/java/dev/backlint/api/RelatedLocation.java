package dev.backlint.api;

/**
 * A place that explains a finding. Its {@code id} is referenced from the finding's
 * message as {@code [text](id)}.
 */
public record RelatedLocation(int id, Location location, String message) {
}
