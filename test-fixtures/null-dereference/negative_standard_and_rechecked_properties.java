// System properties every Java runtime defines (os.name, user.home, java.io.tmpdir), and a property read again after a test of the same call with the same key.
import java.nio.file.Path;

class PathNormalizer {

    private static final String SUPER_PASSWORD = "zookeeper.superPassword";

    static String normalize(String path) {
        String osname = System.getProperty("os.name");
        if (osname.toLowerCase().contains("windows")) {
            return path.replace('\\', '/');
        }
        return path;
    }

    static Path cacheDirectory() {
        return Path.of(System.getProperty("user.home").trim(), ".cache");
    }

    static int tmpLength() {
        return System.getProperty("java.io.tmpdir").length();
    }

    private String userName;

    private final java.util.Map<String, String> credentials = new java.util.HashMap<>();

    private void handlePasswordCallback(javax.security.auth.callback.PasswordCallback callback) {
        if ("super".equals(this.userName) && System.getProperty(SUPER_PASSWORD) != null) {
            callback.setPassword(System.getProperty(SUPER_PASSWORD).toCharArray());
        } else if (credentials.containsKey(userName)) {
            callback.setPassword(credentials.get(userName).toCharArray());
        } else {
            System.out.println("no password for " + userName);
        }
    }

    void handle(javax.security.auth.callback.Callback[] callbacks) {
        for (javax.security.auth.callback.Callback callback : callbacks) {
            if (callback instanceof javax.security.auth.callback.PasswordCallback password) {
                handlePasswordCallback(password);
            }
        }
    }
}
