// What does not prove an Optional present: ofNullable of a value that may be null, a check of a lookup with another key, a match by another predicate, and a helper that answers something else than emptiness.
import java.util.List;
import java.util.Map;
import java.util.Optional;

class DownloadIntake {

    interface Streams {
        Optional<String> open(String name);
    }

    record Parameter(String name, String value) {
    }

    private final Streams streams;

    DownloadIntake(Streams streams) {
        this.streams = streams;
    }

    String wrapped(Map<String, String> headers) {
        return Optional.ofNullable(headers.get("X-Trace")).get();  // expect: optional-get-unchecked "ofNullable"
    }

    String otherKey(String name) {
        Optional<String> content = streams.open(name);
        Optional<String> probe = streams.open(name + ".sig");
        if (probe.isPresent()) {
            return content.get();  // expect: optional-get-unchecked "content.get()"
        }
        return "";
    }

    Parameter otherPredicate(List<Parameter> parameters, String id) {
        if (!parameters.stream().anyMatch(p -> p.name().equals(id))) {
            return null;
        }
        return parameters.stream().filter(p -> p.value().equals(id)).findFirst().get();  // expect: optional-get-unchecked "findFirst"
    }

    Object unwrapped(Object payload) {
        if (isText(payload)) {
            return payload;
        }
        if (payload instanceof Optional<?> optional) {
            return optional.get();  // expect: optional-get-unchecked "optional.get()"
        }
        return payload;
    }

    private boolean isText(Object payload) {
        if (payload instanceof Optional<?> optional) {
            return optional.isPresent() && optional.get() instanceof String;
        }
        return payload instanceof String;
    }
}
