package opt.case06;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Employee {

    @Id
    private Long id;

    private String fullName;

    private String badgeNumber;

    @ManyToOne
    private Employee manager;

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getBadgeNumber() {
        return badgeNumber;
    }

    public Employee getManager() {
        return manager;
    }
}
