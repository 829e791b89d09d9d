package streq.case43;

public record User(Long id, String email, String role, boolean active) {
}
