package eval.c31;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln31_RequestBodyDtoNamed {

    private final NamedParameterJdbcTemplate named;

    public Vuln31_RequestBodyDtoNamed(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    @PostMapping("/api/tickets/search")
    public List<Map<String, Object>> search(@RequestBody TicketSearch search) {
        String sql = "SELECT id, subject FROM tickets WHERE owner_id = :owner AND subject LIKE '%"
                + search.getText() + "%'";
        MapSqlParameterSource params = new MapSqlParameterSource("owner", search.getOwnerId());
        return named.queryForList(sql, params); // sink
    }

    public static class TicketSearch {
        private long ownerId;
        private String text;

        public long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(long ownerId) {
            this.ownerId = ownerId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
