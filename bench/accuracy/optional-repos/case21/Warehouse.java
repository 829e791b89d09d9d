package opt.case21;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Warehouse {

    @Id
    private Long id;

    private String code;

    private String timezone;

    private boolean acceptingInbound;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTimezone() {
        return timezone;
    }

    public boolean isAcceptingInbound() {
        return acceptingInbound;
    }
}
