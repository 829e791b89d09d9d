package io.staybook.availability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public interface RoomInventory {

    List<RoomOffer> offers(long hotelId, LocalDate checkIn, LocalDate checkOut, int guests);

    record RoomOffer(String roomType, int freeRooms, BigDecimal nightlyRate, String currency) {
    }
}
