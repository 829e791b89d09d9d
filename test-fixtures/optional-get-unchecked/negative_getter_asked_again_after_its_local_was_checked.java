// A getter's Optional kept in a local and checked, then asked for again instead of the local: the holder returns the same Optional, so the second get() is as checked as the first.
import java.util.Optional;

class LeaderRouting {

    interface Election {
        Optional<String> currentLeader();
    }

    private final Election election;

    LeaderRouting(Election election) {
        this.election = election;
    }

    String leaderUrl() {
        Optional<String> leader = election.currentLeader();
        if (leader.isEmpty()) {
            throw new IllegalStateException("no leader elected");
        }
        return "https://" + election.currentLeader().get();
    }
}
