package eval5.case34;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "employees")
public class Employee {

    @Id
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "department_code")
    private String departmentCode;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    protected Employee() {
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }
}
