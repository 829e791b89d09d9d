// Properties no runtime defines by itself, and a property read after a test of another key: each may be unset.
class SuperUserPassword {

    static char[] password() {
        if (System.getProperty("zookeeper.authProvider") != null) {
            return System.getProperty("zookeeper.superPassword").toCharArray();  // expect: null-dereference "getProperty("
        }
        return new char[0];
    }

    static String region() {
        return System.getProperty("app.region").toLowerCase();  // expect: null-dereference "getProperty("
    }
}
