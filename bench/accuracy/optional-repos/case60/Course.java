package opt.case60;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Course {

    @Id
    private Long id;

    private String code;

    private int credits;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getCredits() {
        return credits;
    }
}
