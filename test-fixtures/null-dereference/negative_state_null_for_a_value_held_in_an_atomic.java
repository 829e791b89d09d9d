// Methods that return null when an AtomicReference field holds nothing or an AtomicInteger count says a buffer is empty: the program's state decides that null, and callers are not reported.
import java.util.concurrent.atomic.AtomicReference;

class SessionHolder {

    interface Session {
        String id();
    }

    private final AtomicReference<Session> current = new AtomicReference<>();

    Session session() {
        Session session = current.get();
        if (session == null) {
            return null;
        }
        return session;
    }

    String sessionId() {
        return session().id();
    }
}

class MessageBuffer {

    record Message(long timestamp) {
    }

    private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    private final Message[] messages = new Message[16];

    synchronized Message peek() {
        if (count.get() <= 0) {
            return null;
        }
        return messages[0];
    }

    long oldestTimestamp() {
        return peek().timestamp();
    }
}

class MessageTracker {

    private final MessageBuffer sent = new MessageBuffer();
    private final boolean enabled;

    MessageTracker(boolean enabled) {
        this.enabled = enabled;
    }

    long peekSentTimestamp() {
        return enabled ? sent.peek().timestamp() : 0;
    }
}
