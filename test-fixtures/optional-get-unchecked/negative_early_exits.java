// get() after an exit that covers every later path: isEmpty() with throw, !isPresent() with return, and isEmpty() with continue inside a loop.
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

@Entity
class Department {
    @Id
    Long id;
    String name;
    Long managerId;

    String getName() {
        return name;
    }

    Long getManagerId() {
        return managerId;
    }
}

interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByName(String name);
}

class DepartmentService {

    private final DepartmentRepository departments;

    DepartmentService(DepartmentRepository departments) {
        this.departments = departments;
    }

    Long managerOf(long departmentId) {
        Optional<Department> department = departments.findById(departmentId);
        if (department.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "department " + departmentId);
        }
        return department.get().getManagerId();
    }

    String canonicalName(String name) {
        Optional<Department> department = departments.findByName(name.trim());
        if (!department.isPresent()) {
            return name;
        }
        return department.get().getName();
    }

    List<String> names(List<Long> ids) {
        List<String> names = new ArrayList<>();
        for (Long id : ids) {
            Optional<Department> department = departments.findById(id);
            if (department.isEmpty()) {
                continue;
            }
            names.add(department.get().getName());
        }
        return names;
    }
}
