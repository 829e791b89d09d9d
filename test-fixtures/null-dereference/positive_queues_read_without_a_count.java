// Queues read where nothing in the body asks how many elements they hold: the first element of a work list, and the last of a history, may be missing.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;

class WorkList {

    record Job(String id) {
    }

    private final Queue<Job> pending = new ArrayDeque<>();
    private final Deque<String> history = new ArrayDeque<>();

    String next() {
        return pending.poll().id();  // expect: null-dereference "pending.poll()"
    }

    int lastLength() {
        String last = history.peekLast();
        return last.length();  // expect: null-dereference "history.peekLast()"
    }
}
