// A converter that returns null only where an access check fails: its callers hand it objects the user may see, and for those it returns a value.
import java.util.Map;

class ResourceConverter {

    interface AccessEvaluator {
        boolean evaluate(String expression, Object target);
    }

    record ItemView(String id, String title) {
    }

    private final AccessEvaluator evaluator;
    private final Map<Class<?>, String> preAuthorize;

    ResourceConverter(AccessEvaluator evaluator, Map<Class<?>, String> preAuthorize) {
        this.evaluator = evaluator;
        this.preAuthorize = preAuthorize;
    }

    ItemView toView(Object model) {
        String preAuthorizeValue = preAuthorize.getOrDefault(model.getClass(), "permitAll()");
        if (!evaluator.evaluate(preAuthorizeValue, model)) {
            return null;
        }
        return new ItemView(model.toString(), model.getClass().getSimpleName());
    }
}

class ItemLinks {

    private final ResourceConverter converter;

    ItemLinks(ResourceConverter converter) {
        this.converter = converter;
    }

    String link(Object item) {
        ResourceConverter.ItemView view = converter.toView(item);
        return "/items/" + view.id();
    }

    boolean visible(Object item) {
        return converter.toView(item) != null;
    }
}
