// The check is of a local that holds another getter's Optional, or of a lookup that takes an argument: a second lookup is a new Optional, and its get() is unchecked.
import java.util.Optional;

class StandbyRouting {

    interface Election {
        Optional<String> currentLeader();

        Optional<String> standby();

        Optional<String> member(String id);
    }

    private final Election election;

    StandbyRouting(Election election) {
        this.election = election;
    }

    String standbyUrl() {
        Optional<String> leader = election.currentLeader();
        if (leader.isEmpty()) {
            throw new IllegalStateException("no leader elected");
        }
        return "https://" + election.standby().get();  // expect: optional-get-unchecked "standby().get()"
    }

    String memberUrl(String id) {
        Optional<String> member = election.member(id);
        if (member.isEmpty()) {
            throw new IllegalStateException("no such member");
        }
        return "https://" + election.member(id).get();  // expect: optional-get-unchecked "member(id).get()"
    }
}
