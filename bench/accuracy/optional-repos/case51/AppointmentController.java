package opt.case51;

import java.time.LocalTime;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AppointmentController {

    private final SlotAllocator slotAllocator;

    public AppointmentController(SlotAllocator slotAllocator) {
        this.slotAllocator = slotAllocator;
    }

    @PostMapping("/api/appointments")
    public String book(@RequestParam(defaultValue = "18") int earliestSlot) {
        int slot = slotAllocator.allocateFrom(earliestSlot);
        return LocalTime.MIDNIGHT.plusMinutes(30L * slot).toString();
    }
}
