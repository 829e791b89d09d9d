// JPA entity of a room booking.
package ignoredfutures.case33;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Booking {

    public enum Status { CONFIRMED, CANCELLED, COMPLETED }

    @Id
    @GeneratedValue
    private Long id;
    private Long guestId;
    private String roomNumber;
    private LocalDate arrival;
    private LocalDate departure;
    @Enumerated(EnumType.STRING)
    private Status status = Status.CONFIRMED;

    protected Booking() {
    }

    public void cancel() {
        this.status = Status.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getArrival() {
        return arrival;
    }
}
