package eval.c92;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe42_RequestBodyDtoBindArgs {

    private final JdbcTemplate jdbcTemplate;

    public Safe42_RequestBodyDtoBindArgs(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @PutMapping("/api/profile")
    public int update(@RequestBody Profile profile) {
        String sql = "UPDATE profiles SET display_name = ?, bio = ? WHERE id = ?";
        return jdbcTemplate.update(sql, profile.getDisplayName(), profile.getBio(), profile.getId()); // sink
    }

    public static class Profile {
        private long id;
        private String displayName;
        private String bio;

        public long getId() {
            return id;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getBio() {
            return bio;
        }
    }
}
