package com.peoplehub.directory.api;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Service;

@Service
public class EmployeeDirectoryService {

    private static final Set<String> DEPARTMENTS = Set.of("ENG", "OPS", "FIN", "HR", "SALES");

    private final EmployeeRepository employeeRepository;

    public EmployeeDirectoryService(EmployeeRepository employeeRepository) {
        this.employeeRepository = employeeRepository;
    }

    public boolean isKnownDepartment(String code) {
        return DEPARTMENTS.contains(code);
    }

    public Collection<Employee> employeesIn(String departmentCode) {
        return employeeRepository.getByDepartmentCode(departmentCode);
    }
}
