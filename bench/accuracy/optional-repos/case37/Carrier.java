package opt.case37;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Carrier {

    @Id
    private String code;

    private String country;

    private String trackingUrlTemplate;

    public String getCode() {
        return code;
    }

    public String getCountry() {
        return country;
    }

    public String getTrackingUrlTemplate() {
        return trackingUrlTemplate;
    }
}
