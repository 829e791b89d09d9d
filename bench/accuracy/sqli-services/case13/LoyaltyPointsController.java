package eval2.case13;

import java.math.BigInteger;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoyaltyPointsController {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyPointsController.class);

    private static final String BALANCE_SQL =
            "SELECT COALESCE(SUM(CASE WHEN l.kind = 'EARN' THEN l.points ELSE -l.points END), 0) "
            + "FROM loyalty_ledger l WHERE l.member_code = ?1 AND l.expires_at > CURRENT_TIMESTAMP";

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    @GetMapping("/loyalty/members/{memberCode}/balance")
    public ResponseEntity<String> balance(@PathVariable String memberCode,
                                          @RequestHeader(value = "User-Agent", required = false) String userAgent,
                                          @RequestHeader(value = "X-Forwarded-For", required = false) String forwardedFor) {
        String clientInfo = (forwardedFor == null ? "direct" : forwardedFor) + " / " + userAgent;
        log.info("balance request for member {} from {}", memberCode, clientInfo);

        if (memberCode.length() != 12) {
            log.warn("malformed member code '{}' from {}", memberCode, clientInfo);
            return ResponseEntity.badRequest().body("member code must have 12 characters");
        }

        List<?> result = entityManager.createNativeQuery(BALANCE_SQL).setParameter(1, memberCode).getResultList(); // sink
        Object value = result.isEmpty() ? BigInteger.ZERO : result.get(0);
        return ResponseEntity.ok("{\"member\":\"" + memberCode + "\",\"points\":" + value + "}");
    }
}
