// Near misses: the assertion tests another Optional, the lambda belongs to another Optional's map, and an accessor whose class offers no check of that field.
import java.util.Optional;

import com.google.common.base.Preconditions;

class ImportOptions {

    private final Optional<String> source;
    private final Optional<String> target;

    ImportOptions(Optional<String> source, Optional<String> target) {
        this.source = source;
        this.target = target;
    }

    String route() {
        Preconditions.checkState(source.isPresent(), "no source");
        return source.get() + " -> " + target.get();  // expect: optional-get-unchecked "target.get()"
    }

    Optional<String> describe() {
        return source.map(s -> s + " -> " + target.get());  // expect: optional-get-unchecked "target.get()"
    }

    String getTarget() {
        return target.get();  // expect: optional-get-unchecked "target.get()"
    }

    boolean hasSource() {
        return source.isPresent();
    }
}
