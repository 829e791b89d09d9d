// A pipeline whose stream comes from a method named for it (getCredentialsStream()) or from a stream class (Stream.of, IntStream.range) ends in an Optional like any other.
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

class RecoveryCodes {

    interface CredentialStore {
        Stream<String> getCredentialsByTypeStream(String type);
    }

    String firstCode(CredentialStore store) {
        return store.getCredentialsByTypeStream("recovery-codes").findFirst().get();  // expect: optional-get-unchecked "findFirst"
    }

    String firstLong(List<String> a, List<String> b) {
        return Stream.of(a, b).flatMap(List::stream).filter(code -> code.length() > 8).findAny().get();  // expect: optional-get-unchecked "findAny"
    }

    int firstEven(int limit) {
        return IntStream.range(1, limit).filter(i -> i % 2 == 0).findFirst().getAsInt();  // expect: optional-get-unchecked "findFirst"
    }
}
