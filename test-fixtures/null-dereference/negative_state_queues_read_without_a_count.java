// Queues read where nothing in the body asks how many elements they hold: the program's state decides it, and poll and peek are not sources.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;

class WorkList {

    record Job(String id) {
    }

    private final Queue<Job> pending = new ArrayDeque<>();
    private final Deque<String> history = new ArrayDeque<>();

    String next() {
        return pending.poll().id();
    }

    int lastLength() {
        String last = history.peekLast();
        return last.length();
    }
}
