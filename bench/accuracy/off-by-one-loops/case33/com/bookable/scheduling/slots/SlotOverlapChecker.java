package com.bookable.scheduling.slots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class SlotOverlapChecker {

    public record Conflict(Slot first, Slot second) {
    }

    public List<Conflict> conflicts(List<Slot> bookedSlots) {
        List<Slot> slots = new ArrayList<>(bookedSlots);
        slots.sort(Comparator.comparing(Slot::start));
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < slots.size() - 1; i++) {
            Slot current = slots.get(i);
            int nextIndex = i + 1;
            Slot next = slots.get(nextIndex);
            if (current.end().isAfter(next.start())) {
                conflicts.add(new Conflict(current, next));
            }
        }
        return conflicts;
    }
}
