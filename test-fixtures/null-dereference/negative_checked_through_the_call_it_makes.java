// A method that returns null only when a call on its arguments does (the session's note for the key), read after the code checked that very call.
class Broker {
    interface Session { String getAuthNote(String key); void setAuthNote(String k, String v); }
    static final String CONTEXT_NOTE = "ctx";
    static class Serialized {
        String id;
        String getId() { return id; }
        static Serialized read(Session session, String noteKey) {
            String asString = session.getAuthNote(noteKey);
            if (asString == null) {
                return null;
            }
            Serialized s = new Serialized();
            s.id = asString.trim();
            return s;
        }
    }
    void done(Session session) {
        boolean inProgress = (session.getAuthNote(CONTEXT_NOTE) != null);
        if (inProgress) {
            Serialized ctx = Serialized.read(session, CONTEXT_NOTE);
            session.setAuthNote("x", ctx.getId());
        }
    }
}
