// Queues read where the body keeps count of their elements: a loop bounded by the size taken before it, a size compared with a limit before a removal, and a stack whose size bounds the loop that peeks it. The flow does not follow counts; the code does.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.Queue;

class OperationContext {

    record TaskHolder(long storeLined, Runnable task) {
    }

    private final Queue<TaskHolder> tasks = new LinkedList<>();
    private final Deque<Long> committedLog = new ArrayDeque<>();
    private final Deque<Iterator<String>> stack = new ArrayDeque<>();
    private long minCommitted;

    void checkTasks(long stored) {
        final int size = tasks.size();
        if (size == 0) {
            return;
        }
        for (int i = 0; i < size; i++) {
            final TaskHolder holder = tasks.peek();
            if (stored < holder.storeLined()) {
                return;
            }
            tasks.poll().task().run();
        }
    }

    void addCommitted(long zxid, int limit) {
        if (committedLog.size() > limit) {
            committedLog.remove();
            minCommitted = committedLog.peek();
        }
        committedLog.add(zxid);
    }

    boolean fill(int maxLevel) {
        while (stack.size() < maxLevel || !stack.peekFirst().hasNext()) {
            Iterator<String> top = stack.peekFirst();
            if (top.hasNext()) {
                return true;
            }
            stack.pop();
        }
        return false;
    }
}
