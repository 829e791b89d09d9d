// A method that returns null when an AtomicReference field holds nothing: what the reference holds is data, not a life-cycle flag, and callers meet it empty.
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
        return session().id();  // expect: null-dereference "session()"
    }
}
