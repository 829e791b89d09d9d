// Nulls that other code rules out: an interface default returning null that implementations replace, a subclass that overrides a method returning null, and a declared @Nullable field used under a test of the value it is tied to.
import org.springframework.lang.Nullable;

class ConnectionSettings {

    interface Details {
        default String standaloneHost() {
            return null;
        }
    }

    static class BaseVisitor {
        String visit(String name) {
            return null;
        }
    }

    static class NamingVisitor extends BaseVisitor {
        @Override
        String visit(String name) {
            return "v-" + name;
        }
    }

    @Nullable
    private Runnable transactionManager;
    @Nullable
    private Object transactionStatus;

    int describe(NamingVisitor visitor) {
        return visitor.visit("host").length();
    }

    void commit() {
        if (this.transactionStatus != null) {
            this.transactionManager.run();
        }
    }
}
