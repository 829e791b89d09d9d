// Null passed, on every path, to a parameter that the called method dereferences on entry, itself or through a local copy: a private helper, a method of a new object, a static method of another class, and a helper called in a loop that nothing in it gives the value.
final class AuditFormatter {

    static String line(String action, String user) {
        return action.toUpperCase() + " by " + user;
    }
}

class AuditSink {

    void write(Integer code) {
        System.out.println("code " + code.toString());
    }

    void writeAny(Object value) {
        Integer code = (Integer) value;
        System.out.println("code " + code.intValue());
    }
}

class AuditTrail {

    void recordAnonymous() {
        String user = null;
        System.out.println(describe(user));  // expect: null-dereference "describe"
    }

    private String describe(String user) {
        return user.trim() + " (anonymous)";
    }

    void recordMissingCode() {
        Integer code;
        code = null;
        (new AuditSink()).write(code);  // expect: null-dereference "write"
    }

    void recordMissingValue() {
        Integer code = null;
        new AuditSink().writeAny((Object) code);  // expect: null-dereference "writeAny"
    }

    String recordWithoutAction() {
        return AuditFormatter.line(null, "system");  // expect: null-dereference "line"
    }

    void recordBatch(int entries) {
        String user = null;
        for (int i = 0; i < entries; i++) {
            System.out.println(describe(user));  // expect: null-dereference "describe"
        }
    }
}
