// Presence tests written as comparisons with a boolean literal: isPresent() == false before a throw, isEmpty() != true around the read, and true == isPresent().
import java.util.Optional;

class PartitionService {

    record Partition(int id, String name) {
    }

    interface PartitionRepository {
        Optional<Partition> findById(int id);
    }

    private final PartitionRepository partitions;

    PartitionService(PartitionRepository partitions) {
        this.partitions = partitions;
    }

    String rename(int id, String name) {
        Optional<Partition> existing = partitions.findById(id);
        if (existing.isPresent() == false) {
            throw new IllegalArgumentException("unknown partition " + id);
        }
        return existing.get().name() + " -> " + name;
    }

    String describe(int id) {
        Optional<Partition> partition = partitions.findById(id);
        if (partition.isEmpty() != true) {
            return partition.get().name();
        }
        return "none";
    }

    int idOf(int id) {
        Optional<Partition> partition = partitions.findById(id);
        return true == partition.isPresent() ? partition.get().id() : -1;
    }
}
