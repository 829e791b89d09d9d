package opt.case24;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Seat {

    @Id
    private Long id;

    private Long flightId;

    private int rowNumber;

    private String letter;

    private boolean taken;

    public Long getId() {
        return id;
    }

    public Long getFlightId() {
        return flightId;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getLetter() {
        return letter;
    }

    public boolean isTaken() {
        return taken;
    }
}
