package eval2.case26;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "hr_employees")
public class Employee {

    @Id
    private Long id;
    private String employeeNo;
    private String fullName;
    private String department;
    private String costCenter;
    private LocalDate hiredOn;
    private LocalDate leftOn;

    public Long getId() {
        return id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getFullName() {
        return fullName;
    }

    public String getDepartment() {
        return department;
    }

    public String getCostCenter() {
        return costCenter;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
