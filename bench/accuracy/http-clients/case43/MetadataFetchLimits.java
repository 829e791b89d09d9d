// Limits applied when fetching identity provider metadata.
package httpclients.case43;

final class MetadataFetchLimits {

    static final int CONNECT_MILLIS = 2_000;
    static final int READ_MILLIS = 5_000;
    static final int MAX_BYTES = 512 * 1024;

    private MetadataFetchLimits() {
    }
}
