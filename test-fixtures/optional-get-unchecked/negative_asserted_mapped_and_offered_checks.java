// A presence check asserted with Guava's checkState and Spring's Assert.state, a get() inside a lambda the same Optional's map or ifPresent runs only when it holds a value, and an accessor of a class that offers the check beside it (like Optional.get() itself).
import java.time.Duration;
import java.util.Optional;

import com.google.common.base.Preconditions;
import org.springframework.util.Assert;

class ServerOptions {

    private final Optional<Boolean> enabled;
    private final Optional<Integer> port;
    private final Optional<String> olderThan;

    ServerOptions(Optional<Boolean> enabled, Optional<Integer> port, Optional<String> olderThan) {
        this.enabled = enabled;
        this.port = port;
        this.olderThan = olderThan;
    }

    boolean build() {
        Preconditions.checkState(enabled.isPresent(), "enable or disable the server explicitly");
        Preconditions.checkState(!enabled.get() || port.isPresent(), "a port is needed");
        return enabled.get();
    }

    int portNumber() {
        Assert.state(port.isPresent(), "no port");
        return port.get();
    }

    Optional<Duration> maxAge() {
        return olderThan.map(value -> Duration.parse(olderThan.get()));
    }

    void print() {
        port.ifPresent(p -> System.out.println(port.get() + 1));
    }
}

final class Either<L, R> {

    private final Optional<L> left;
    private final Optional<R> right;

    private Either(Optional<L> left, Optional<R> right) {
        this.left = left;
        this.right = right;
    }

    boolean isLeft() {
        return this.left.isPresent();
    }

    L getLeft() {
        return this.left.get();
    }

    boolean isRight() {
        return right.isPresent();
    }

    R getRight() {
        return right.get();
    }
}
