package com.peoplehub.directory.api;

import java.util.Collection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployeeRepository extends JpaRepository<Employee, String> {

    Collection<Employee> getByDepartmentCode(String departmentCode);
}

@Entity
@Table(name = "employee")
class Employee {

    @Id
    private String employeeNumber;

    private String fullName;

    private String departmentCode;

    private String title;

    protected Employee() {
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getTitle() {
        return title;
    }
}
