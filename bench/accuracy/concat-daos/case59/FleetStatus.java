package concat.case59;

public enum FleetStatus {
    ACTIVE,
    RETIRED,
    ALL
}
