package opt.case51;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

@Component
public class SlotAllocator {

    private static final int SLOTS_PER_DAY = 48;

    private final BitSet taken = new BitSet(SLOTS_PER_DAY);

    public synchronized int allocateFrom(int earliestSlot) {
        int slot = IntStream.range(earliestSlot, SLOTS_PER_DAY).filter(i -> !taken.get(i)).findFirst().getAsInt(); // get
        taken.set(slot);
        return slot;
    }

    public synchronized void release(int slot) {
        taken.clear(slot);
    }
}
