package opt.case11;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tenant {

    @Id
    private Long id;

    private String slug;

    private String plan;

    private int seatLimit;

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getPlan() {
        return plan;
    }

    public int getSeatLimit() {
        return seatLimit;
    }
}
