package io.staybook.availability;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class AvailabilityController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final RoomInventory inventory;

    public AvailabilityController(RoomInventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/hotels/{hotelId}/availability")
    public List<RoomInventory.RoomOffer> availability(@PathVariable long hotelId,
            @RequestParam("checkIn") String checkInParam,
            @RequestParam("nights") int nights,
            @RequestParam(defaultValue = "2") int guests) {
        LocalDate checkIn;
        try {
            checkIn = LocalDate.parse(checkInParam, DAY);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unparseable check-in date '" + e.getParsedString() + "'", e);
        }
        if (nights < 1 || nights > 30) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "nights must be between 1 and 30");
        }
        if (checkIn.isBefore(LocalDate.now())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "check-in lies in the past");
        }
        return inventory.offers(hotelId, checkIn, checkIn.plusDays(nights), guests);
    }
}
