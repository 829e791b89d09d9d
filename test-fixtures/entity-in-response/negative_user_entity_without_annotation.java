// A JdbcTemplate-backed UserEntity class (no @Entity, even with a passwordHash field) and an AuditEventEntity record returned by a @RestController.
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

class UserEntity {

    private long id;
    private String login;
    private String passwordHash;

    UserEntity(long id, String login, String passwordHash) {
        this.id = id;
        this.login = login;
        this.passwordHash = passwordHash;
    }

    public long getId() { return id; }
    public String getLogin() { return login; }
    public String getPasswordHash() { return passwordHash; }
}

record AuditEventEntity(long id, String actor, String action, Instant at) {
}

@RestController
@RequestMapping("/api/jdbc")
class JdbcUserController {

    private static final RowMapper<UserEntity> USER_ROW =
            (rs, n) -> new UserEntity(rs.getLong("id"), rs.getString("login"), rs.getString("password_hash"));

    private final JdbcTemplate jdbc;

    JdbcUserController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/users/{id}")
    public UserEntity user(@PathVariable long id) {
        return jdbc.queryForObject("select id, login, password_hash from users where id = ?", USER_ROW, id);
    }

    @GetMapping("/users")
    public List<UserEntity> users() {
        return jdbc.query("select id, login, password_hash from users order by login", USER_ROW);
    }

    @GetMapping("/audit/{actor}")
    public AuditEventEntity[] auditTrail(@PathVariable String actor) {
        return jdbc.query("select id, actor, action, at from audit_events where actor = ?",
                        (rs, n) -> new AuditEventEntity(rs.getLong("id"), rs.getString("actor"),
                                rs.getString("action"), rs.getTimestamp("at").toInstant()),
                        actor)
                .toArray(AuditEventEntity[]::new);
    }
}
