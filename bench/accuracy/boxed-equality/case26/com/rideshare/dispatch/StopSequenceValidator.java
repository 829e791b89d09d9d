package com.rideshare.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class StopSequenceValidator {

    /**
     * Checks that the stop numbers of a route are strictly increasing, as the driver app
     * expects.
     */
    public List<String> validate(String routeCode, List<Integer> stopNumbers) {
        List<String> problems = new ArrayList<>();
        if (stopNumbers.isEmpty()) {
            return problems;
        }
        int previous = stopNumbers.get(0);
        for (int i = 1; i < stopNumbers.size(); i++) {
            Integer current = stopNumbers.get(i);
            if (current == previous) {
                problems.add("Stop " + current + " of route " + routeCode + " appears twice");
            } else if (current < previous) {
                problems.add("Stop " + current + " of route " + routeCode + " is out of order");
            }
            previous = current;
        }
        return problems;
    }
}
