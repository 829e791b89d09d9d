package opt.case09;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class Shipment {

    @Id
    private Long id;

    private String carrier;

    private int transitDays;

    private LocalDate shippedOn;

    public Long getId() {
        return id;
    }

    public String getCarrier() {
        return carrier;
    }

    public int getTransitDays() {
        return transitDays;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }
}
