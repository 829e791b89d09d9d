package eval2.case42;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/marketing/campaigns")
public class CampaignAudienceController {

    private static final Logger log = LoggerFactory.getLogger(CampaignAudienceController.class);

    private final NamedParameterJdbcTemplate namedJdbc;

    public CampaignAudienceController(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    @GetMapping("/{campaignId}/audience")
    public ResponseEntity<List<Recipient>> audience(@PathVariable String campaignId,
                                                    @RequestParam(defaultValue = "ALL") String segment,
                                                    @RequestParam(defaultValue = "1000") String max) {
        long campaign;
        int limit;
        try {
            campaign = Long.parseLong(campaignId);
            limit = Integer.parseInt(max);
        } catch (NumberFormatException e) {
            return ResponseEntity.badRequest().build();
        }

        String segmentFilter = "ALL".equals(segment) ? "" : " AND c.segment_code = '" + segment + "'";
        String sql = "SELECT c.id, c.email, c.first_name FROM contacts c "
                + "JOIN campaign_targets t ON t.contact_id = c.id "
                + "WHERE t.campaign_id = " + campaign + segmentFilter
                + " AND c.unsubscribed = false AND c.email_verified = :verified LIMIT " + limit;

        MapSqlParameterSource params = new MapSqlParameterSource("verified", Boolean.TRUE);
        log.debug("audience campaign={} segment={} limit={}", campaign, segment, limit);
        List<Recipient> recipients = namedJdbc.query(sql, params, (rs, i) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3))); // sink
        return ResponseEntity.ok(recipients);
    }

    public record Recipient(long id, String email, String firstName) {
    }
}
