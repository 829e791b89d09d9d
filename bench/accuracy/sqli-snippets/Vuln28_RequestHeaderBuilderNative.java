package eval.c28;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln28_RequestHeaderBuilderNative {

    @PersistenceContext
    private EntityManager entityManager;

    @GetMapping("/api/me/devices")
    public List<?> devices(@RequestHeader("X-User-Login") String login) {
        StringBuilder sb = new StringBuilder("SELECT d.id, d.model FROM devices d");
        sb.append(" JOIN users u ON u.id = d.user_id");
        sb.append(" WHERE u.login = '").append(login).append('\'');
        return entityManager.createNativeQuery(sb.toString()).getResultList(); // sink
    }
}
