// A booking service that checks sorted slots for overlaps through a local `int nextIndex = i + 1` under `i < slots.size() - 1`.
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

record BookingSlot(String room, LocalTime start, LocalTime end) {
}

@Service
class BookingOverlapChecker {

    public boolean hasOverlap(List<BookingSlot> unsorted) {
        List<BookingSlot> slots = unsorted.stream()
                .sorted(Comparator.comparing(BookingSlot::start))
                .toList();
        for (int i = 0; i < slots.size() - 1; i++) {
            BookingSlot current = slots.get(i);
            int nextIndex = i + 1;
            BookingSlot next = slots.get(nextIndex);
            if (next.start().isBefore(current.end())) {
                return true;
            }
        }
        return false;
    }
}
