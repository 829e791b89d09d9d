package streq.case32;

public class CurrentValueHolder<T> {

    private volatile T value;

    public boolean isCurrent(T candidate) {
        return value == candidate;
    }

    public boolean replace(T next) {
        T previous = value;
        value = next;
        return previous != null;
    }
}
