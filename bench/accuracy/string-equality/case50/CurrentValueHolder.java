package streq.case50;

public class CurrentValueHolder {

    private volatile String value;

    public boolean isCurrent(String candidate) {
        return value == candidate;
    }

    public boolean replace(String next) {
        String previous = value;
        value = next;
        return previous != null;
    }
}
