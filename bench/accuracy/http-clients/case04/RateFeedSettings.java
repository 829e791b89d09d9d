// Location and timeouts of the central bank's rate feed.
package httpclients.case04;

final class RateFeedSettings {

    static final String FEED_URL = "https://rates.example-centralbank.eu/feeds";
    static final int BULK_CONNECT_MS = 5_000;
    static final int BULK_READ_MS = 120_000;
    static final int DAILY_CONNECT_MS = 2_000;
    static final int DAILY_READ_MS = 10_000;

    private RateFeedSettings() {
    }
}
