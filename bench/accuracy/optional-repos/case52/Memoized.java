package opt.case52;

import java.util.function.Supplier;

public final class Memoized<T> implements Supplier<T> {

    private final Supplier<T> delegate;
    private volatile T value;

    public Memoized(Supplier<T> delegate) {
        this.delegate = delegate;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = delegate.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
