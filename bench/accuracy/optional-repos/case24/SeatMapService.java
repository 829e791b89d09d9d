package opt.case24;

import java.util.List;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;

@Service
public class SeatMapService {

    private final SeatRepository seatRepository;

    public SeatMapService(SeatRepository seatRepository) {
        this.seatRepository = seatRepository;
    }

    public int lastRow(Long flightId) {
        List<Seat> seats = seatRepository.findByFlightId(flightId);
        OptionalInt maxRow = seats.stream().mapToInt(Seat::getRowNumber).max();
        if (maxRow.isPresent()) {
            return maxRow.getAsInt();
        }
        return 0;
    }

    public int firstFreeRow(Long flightId) {
        OptionalInt row = seatRepository.findByFlightId(flightId).stream()
                .filter(s -> !s.isTaken())
                .mapToInt(Seat::getRowNumber)
                .min();
        return row.isEmpty() ? -1 : row.getAsInt();
    }
}
