// An assertion helper of the same class that throws when its boolean argument is false, called with isPresent() before the get.
import java.util.OptionalInt;
import java.util.Random;

import org.springframework.util.Assert;

class RandomPorts {

    private final Random random = new Random();

    int nextPort(int min, int max) {
        OptionalInt first = random.ints(1, min, max).findFirst();
        assertPresent(first.isPresent(), min, max);
        return first.getAsInt();
    }

    private void assertPresent(boolean present, int min, int max) {
        Assert.state(present, () -> "no random number between " + min + " and " + max);
    }
}
