// A job queue that looks up and removes elements of List<Integer>/List<Long> with a value of the other boxed type or a String.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class BatchJobQueue {

    private final List<Integer> retryDelaysSeconds = new ArrayList<>(List.of(1, 5, 30, 120));
    private final List<Long> pendingJobIds = new ArrayList<>();

    int attemptFor(long delaySeconds) {
        return retryDelaysSeconds.indexOf(delaySeconds); // expect: incompatible-equals "`Integer` with `Long`"
    }

    void cancel(String jobId) {
        pendingJobIds.remove(jobId); // expect: incompatible-equals "`Long` with `String`"
    }

    void drop(int jobNumber) {
        pendingJobIds.remove(Integer.valueOf(jobNumber)); // expect: incompatible-equals "`Long` with `Integer`"
    }

    boolean isPending(String jobId) {
        return pendingJobIds.contains(jobId); // expect: incompatible-equals "`Long` with `String`"
    }

    void submit(long jobId) {
        pendingJobIds.add(jobId);
    }

    Long next() {
        return pendingJobIds.isEmpty() ? null : pendingJobIds.remove(0);
    }

    void removeDelayAt(int index) {
        retryDelaysSeconds.remove(index);
    }

    boolean isPendingFixed(String jobId) {
        return pendingJobIds.contains(Long.parseLong(jobId));
    }
}
