// A method that returns null only while the object's life-cycle flag (an AtomicBoolean field) says it has not started: its callers run once it has.
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

class SchedulerBroker {

    interface JobScheduler {
        List<String> jobs();

        void remove(String id);
    }

    interface JobStore {
        JobScheduler scheduler(String name);
    }

    private final AtomicBoolean started = new AtomicBoolean();
    private final JobStore store;
    private JobScheduler scheduler;

    SchedulerBroker(JobStore store) {
        this.store = store;
    }

    void start() {
        started.set(true);
    }

    protected synchronized JobScheduler internalScheduler() {
        if (this.started.get()) {
            if (this.scheduler == null) {
                this.scheduler = store.scheduler("JMS");
            }
            return this.scheduler;
        }
        return null;
    }

    int count() {
        JobScheduler current = internalScheduler();
        return current.jobs().size();
    }

    void remove(String id) {
        internalScheduler().remove(id);
    }
}
