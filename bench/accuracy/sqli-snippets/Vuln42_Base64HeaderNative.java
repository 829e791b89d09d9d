package eval.c42;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln42_Base64HeaderNative {

    @PersistenceContext
    private EntityManager entityManager;

    @GetMapping("/api/export")
    public List<?> export(@RequestHeader("X-Export-Filter") String encodedFilter) {
        // the client sends the filter Base64-encoded; decoding does not make it safe
        String filter = new String(Base64.getDecoder().decode(encodedFilter), StandardCharsets.UTF_8);
        String sql = "SELECT id, amount FROM payments WHERE " + filter;
        return entityManager.createNativeQuery(sql).getResultList(); // sink
    }
}
