package com.orbit.travel.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BookingMapperTest {

    private final BookingMapper mapper = new BookingMapper();

    @Test
    void writesTheIdAsText() {
        Booking booking = new Booking(9007199254740993L, "A. Guest",
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 4));

        BookingMapper.BookingDto dto = mapper.toDto(booking);

        assertEquals("9007199254740993", dto.id());
        assertNotEquals(booking.getId(), dto.id());
        assertEquals(booking.getId(), mapper.parseId(dto.id()));
        assertEquals(3, dto.nights());
    }
}
