// An attribute store whose setter removes a key for null rather than storing it, read for a key its callers set: the removal is how null is stored, not a sign that keys go missing.
import java.util.HashMap;
import java.util.Map;

class LoginPageAttributes {

    static final String BROKER_CONTEXT = "brokerContext";

    static final class BrokerContext {
        String alias() {
            return "idp";
        }
    }

    private final Map<String, Object> attributes = new HashMap<>();

    LoginPageAttributes setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
        return this;
    }

    String brokerAlias() {
        BrokerContext context = (BrokerContext) this.attributes.get(BROKER_CONTEXT);
        return context.alias().toUpperCase();
    }
}
