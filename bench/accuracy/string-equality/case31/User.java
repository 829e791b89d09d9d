package streq.case31;

public record User(Long id, String email, String role, boolean active) {
}
