package eval5.case31;

import java.time.LocalDate;

public record BookingRow(String confirmation, String roomType, LocalDate arrival, LocalDate departure) {

    public String toCsv() {
        return String.join(",", confirmation, roomType, arrival.toString(), departure.toString());
    }
}
