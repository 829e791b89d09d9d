package opt.case47;

public record CustomerProfile(Long id, String name, String tier, int loyaltyPoints) {
}
