// A command-line API key generator: a class with a main method, so its usage helper and instance methods print as its user interface too.
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.KeyGenerator;

class ApiKeyGenerator {

    private final SecureRandom random = new SecureRandom();

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            printUsage();
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        var generator = new ApiKeyGenerator();
        for (int i = 0; i < count; i++) {
            generator.printKey();
        }
        generator.printHmacSecret();
    }

    private static void printUsage() {
        System.out.println("""
                Usage: api-key-generator [count]
                  Prints [count] random API keys (default 1) and one HMAC secret.
                """);
    }

    void printKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        System.out.println("key: " + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    void printHmacSecret() {
        try {
            var keyGenerator = KeyGenerator.getInstance("HmacSHA256");
            System.out.print("hmac-sha256 secret: ");
            System.out.println(HexFormat.of().formatHex(keyGenerator.generateKey().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            e.printStackTrace(System.err);
        }
    }
}
