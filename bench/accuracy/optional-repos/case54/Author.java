package opt.case54;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Author {

    @Id
    private Long id;

    private String penName;

    public Long getId() {
        return id;
    }

    public String getPenName() {
        return penName;
    }
}
