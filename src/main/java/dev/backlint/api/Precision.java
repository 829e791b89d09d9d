package dev.backlint.api;

/** How often a rule's findings are right, as GitHub code scanning reads it. */
public enum Precision {
    VERY_HIGH("very-high"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String id;

    Precision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
