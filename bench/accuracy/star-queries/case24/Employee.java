package stars.case24;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Employee {
    @Id
    private Long id;
    private String lastName;
    private String department;

    public Long getId() { return id; }
    public String getLastName() { return lastName; }
    public String getDepartment() { return department; }
}
