// A get() under a test that can only hold where an earlier branch checked the Optional: the same option decides both, as in a command that resolves its target only for the modes that need one.
import java.util.Optional;

class IndexCommand {

    enum Mode { REMOVE, INDEX, CLEAN }

    interface Target {
        String id();
    }

    interface Resolver {
        Optional<Target> resolve(String name);
    }

    private final Resolver resolver;

    IndexCommand(Resolver resolver) {
        this.resolver = resolver;
    }

    String run(Mode mode, String name) {
        Optional<Target> target = Optional.empty();
        if (mode == Mode.REMOVE || mode == Mode.INDEX) {
            target = this.resolver.resolve(name);
            if (!target.isPresent()) {
                throw new IllegalArgumentException("cannot resolve " + name);
            }
        }
        if (mode == Mode.REMOVE) {
            return "removed " + target.get().id();
        } else if (mode == Mode.INDEX) {
            return "indexed " + target.get().id();
        }
        return "cleaned";
    }
}
