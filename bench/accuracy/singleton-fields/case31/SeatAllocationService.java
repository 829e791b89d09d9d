// Seat reservations of the venue: one holder per seat, row-major, sized from the venue
// configuration.
package singletons.case31;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class SeatAllocationService {

    private final int rows;
    private final int seatsPerRow;
    private List<String> seatHolders; // shared

    public SeatAllocationService(@Value("${venue.rows:20}") int rows, @Value("${venue.seats-per-row:30}") int seatsPerRow) {
        this.rows = rows;
        this.seatsPerRow = seatsPerRow;
        this.seatHolders = new ArrayList<>(Collections.<String>nCopies(rows * seatsPerRow, null));
    }

    public Optional<SeatRef> reserve(String customerId, int row, int seat) {
        int index = indexOf(row, seat);
        if (seatHolders.get(index) != null) {
            return Optional.empty();
        }
        seatHolders.set(index, customerId);
        return Optional.of(new SeatRef(row, seat));
    }

    public void release(String customerId, SeatRef ref) {
        int index = indexOf(ref.row(), ref.seat());
        if (customerId.equals(seatHolders.get(index))) {
            seatHolders.set(index, null);
        }
    }

    public long freeSeats() {
        return IntStream.range(0, rows * seatsPerRow).filter(i -> seatHolders.get(i) == null).count();
    }

    private int indexOf(int row, int seat) {
        if (row < 0 || row >= rows || seat < 0 || seat >= seatsPerRow) {
            throw new IllegalArgumentException("no seat " + row + "/" + seat);
        }
        return row * seatsPerRow + seat;
    }

    public record SeatRef(int row, int seat) {
    }
}
