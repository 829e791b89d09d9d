// Optionals that cannot be empty where get() reads them: built with Optional.of or from a new object, twin lookups one of which was checked, a filter whose predicate an anyMatch or a failed noneMatch already proved, and a helper of the class that answered "not empty".
import java.util.List;
import java.util.Optional;

class UploadIntake {

    interface Streams {
        Optional<String> open(String name);
    }

    record Parameter(String name, String value) {
    }

    private final Streams streams;

    UploadIntake(Streams streams) {
        this.streams = streams;
    }

    String built(String name) {
        Optional<String> wrapped = Optional.of(name);
        StringBuilder fresh = Optional.ofNullable(new StringBuilder(name)).get();
        return wrapped.get() + fresh + Optional.of("fixed").get();
    }

    String twins(String name, boolean remote) {
        Optional<String> content = Optional.empty();
        Optional<String> probe = Optional.empty();
        if (remote) {
            content = streams.open("remote:" + name);
            probe = streams.open("remote:" + name);
        } else {
            content = streams.open(name);
            probe = streams.open(name);
        }
        if (probe.isPresent()) {
            return content.get();
        }
        throw new IllegalArgumentException("no file " + name);
    }

    String matchedFirst(List<Parameter> parameters) {
        if (parameters.stream().map(Parameter::name).noneMatch("-i"::equals)) {
            return "";
        }
        return parameters.stream().filter(parameter -> "-i".equals(parameter.name())).map(Parameter::value)
                .findFirst().get();
    }

    Parameter matchedById(List<Parameter> parameters, String id) {
        if (!parameters.stream().anyMatch(p -> p.name().equals(id))) {
            throw new IllegalArgumentException(id);
        }
        return parameters.stream().filter(candidate -> candidate.name().equals(id)).findFirst().get();
    }

    Object unwrapped(Object payload) {
        if (isEmptyPayload(payload)) {
            return null;
        }
        if (payload instanceof Optional<?> optional) {
            return optional.get();
        }
        return payload;
    }

    private boolean isEmptyPayload(Object payload) {
        if (payload == null) {
            return true;
        } else if (payload instanceof String text) {
            return text.isBlank();
        } else if (payload instanceof Optional<?> optional) {
            return optional.isEmpty();
        }
        return false;
    }
}
