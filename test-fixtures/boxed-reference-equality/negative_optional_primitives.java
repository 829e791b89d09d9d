// A session timeout service that unwraps OptionalLong/OptionalInt or unboxes Optional<Long> values into primitives before comparing them with boxed values.
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;

@Service
class SessionTimeoutService {

    public boolean lastSeenAt(List<Long> heartbeats, Long timestamp) {
        OptionalLong lastSeen = heartbeats.stream().mapToLong(Long::longValue).max();
        return lastSeen.isPresent() && lastSeen.getAsLong() == timestamp;
    }

    public boolean longestIdle(List<Integer> idleMinutes, Integer minutes) {
        OptionalInt longest = idleMinutes.stream().mapToInt(Integer::intValue).max();
        return longest.orElse(0) == minutes;
    }

    public boolean sameSession(Optional<Long> sessionId, Long expected) {
        return sessionId.isPresent() && sessionId.orElseThrow().longValue() == expected;
    }

    public boolean isAnonymous(Optional<Long> userId) {
        return userId.isPresent() && userId.get() == 0L;
    }

    public boolean knownUser(Optional<Long> userId) {
        return userId.filter(id -> id != -1L).isPresent();
    }
}
