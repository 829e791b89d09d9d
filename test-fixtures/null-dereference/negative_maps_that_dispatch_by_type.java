// A map from each action type to its handler, read with the class of the action at hand: the registration decides which types exist, and a lookup by a value's class is dispatch, not a key a caller may lack.
import java.util.HashMap;
import java.util.Map;

class ActionDispatcher {

    interface Action {
    }

    interface Handler {
        void execute(Action action, String mail);
    }

    private final Map<Class<?>, Handler> handlers = new HashMap<>();

    ActionDispatcher(Map<Class<?>, Handler> registered) {
        handlers.putAll(registered);
    }

    private Map<Class<?>, Handler> getHandlers() {
        return handlers;
    }

    public void execute(Action action, String mail) {
        Handler handler = getHandlers().get(action.getClass());
        handler.execute(action, mail);
    }

    public boolean supports(Action action) {
        return handlers.containsKey(action.getClass());
    }
}
