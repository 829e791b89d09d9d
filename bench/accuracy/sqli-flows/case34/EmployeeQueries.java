package eval5.case34;

import java.util.List;

public interface EmployeeQueries {

    List<Employee> inDepartment(String departmentCode, String sortProperty);
}
