package eval5.case34;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DepartmentStaffController {

    private final EmployeeQueries employeeQueries;

    public DepartmentStaffController(EmployeeQueries employeeQueries) {
        this.employeeQueries = employeeQueries;
    }

    @GetMapping("/api/departments/{code}/staff")
    public List<String> staff(@PathVariable String code, @RequestParam(defaultValue = "fullName") String sort) {
        return employeeQueries.inDepartment(code, sort).stream()
                .map(Employee::getFullName)
                .toList();
    }
}
