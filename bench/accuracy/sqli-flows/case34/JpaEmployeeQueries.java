package eval5.case34;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
public class JpaEmployeeQueries implements EmployeeQueries {

    private final EntityManager entityManager;

    public JpaEmployeeQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Employee> inDepartment(String departmentCode, String sortProperty) {
        String jpql = "SELECT e FROM Employee e WHERE e.departmentCode = :dept ORDER BY e." + sortProperty;
        return entityManager.createQuery(jpql, Employee.class).setParameter("dept", departmentCode).getResultList(); // sink
    }
}
