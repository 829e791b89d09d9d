package com.stagepass.venues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class SeatSelectionValidator {

    private final int maxSeatsPerOrder;

    public SeatSelectionValidator(VenueProperties properties) {
        this.maxSeatsPerOrder = properties.getMaxSeatsPerOrder();
    }

    public List<String> validate(String row, List<Integer> seatNumbers) {
        List<String> problems = new ArrayList<>();
        if (seatNumbers.isEmpty()) {
            problems.add("No seats selected");
            return problems;
        }
        if (seatNumbers.size() > maxSeatsPerOrder) {
            problems.add("At most " + maxSeatsPerOrder + " seats per order");
        }
        List<Integer> sorted = new ArrayList<>(seatNumbers);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i) == sorted.get(i - 1)) {
                problems.add("Seat " + row + sorted.get(i) + " selected twice");
            }
        }
        return problems;
    }
}
