// JPA queries with constant JPQL/SQL text whose request values go through setParameter, named and positional.
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.persistence.EntityManager;

@RestController
class PatientController {

    private final EntityManager entityManager;

    PatientController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping("/patients")
    List<?> byName(@RequestParam String lastName) {
        return entityManager.createQuery("SELECT p FROM Patient p WHERE p.lastName LIKE :name")
                .setParameter("name", lastName.trim() + "%")
                .getResultList();
    }

    @GetMapping("/patients/{mrn}")
    List<?> byRecordNumber(@PathVariable String mrn) {
        String sql = "SELECT id, last_name FROM patients WHERE mrn = ?1";
        return entityManager.createNativeQuery(sql).setParameter(1, mrn).getResultList();
    }

    @GetMapping("/patients/ward")
    List<?> byWard(String ward) {
        return entityManager.createQuery("SELECT p FROM Patient p WHERE p.ward = ?1 ORDER BY p.lastName")
                .setParameter(1, ward)
                .getResultList();
    }
}
