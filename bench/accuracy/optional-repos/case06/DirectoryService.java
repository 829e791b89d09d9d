package opt.case06;

import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class DirectoryService {

    private static final String UNKNOWN = "(unknown)";

    private final EmployeeRepository employeeRepository;

    public DirectoryService(EmployeeRepository employeeRepository) {
        this.employeeRepository = employeeRepository;
    }

    public String displayName(String badge) {
        Optional<Employee> employee = employeeRepository.findByBadgeNumber(badge);
        return employee.isPresent() ? employee.get().getFullName() : UNKNOWN;
    }

    public String managerName(Long employeeId) {
        Optional<Employee> employee = employeeRepository.findById(employeeId);
        Employee manager = employee.isEmpty() ? null : employee.get().getManager();
        return manager == null ? UNKNOWN : manager.getFullName();
    }
}
