// An equals(Object) that compares this with the other object by identity first: the catalogue leaves every comparison in it alone, String fields compared with == included.
import java.util.Objects;

public final class ApiClientCredentials {

    private final String clientId;
    private final String secretHash;
    private final int version;

    public ApiClientCredentials(String clientId, String secretHash, int version) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.version = version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiClientCredentials other)) {
            return false;
        }
        if (version != other.version) {
            return false;
        }
        if (clientId != other.clientId) {
            return false;
        }
        return secretHash == other.secretHash;
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, secretHash, version);
    }
}
