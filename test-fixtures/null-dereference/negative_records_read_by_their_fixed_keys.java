// Maps read from another object and used by fixed keys: a task's input record and a form field from a list, where the body tests only an optional key for absence; and a status record whose entries are rewritten in place under a test of the value read.
import java.util.List;
import java.util.Map;

class SubWorkflowStarter {

    interface Task {
        Map<String, Object> getInputData();
    }

    interface StatusInfo {
        Map<String, String> getApplicationStats();
    }

    String start(Task task) {
        Map<String, Object> input = task.getInputData();
        String name = input.get("subWorkflowName").toString();
        int version = (int) input.get("subWorkflowVersion");
        Object definition = input.get("subWorkflowDefinition");
        if (input.get("subWorkflowDefinition") != null) {
            return name + ":" + version + ":" + definition;
        }
        return name + ":" + version;
    }

    int matches(List<Map<String, String>> fields, String element) {
        int count = 0;
        for (int j = 0; j < fields.size(); j++) {
            Map<String, String> field = fields.get(j);
            String schema = field.get("dc-schema") == null ? "dc" : field.get("dc-schema");
            if (field.get("dc-element").equals(element) && schema.equals("dc")) {
                count++;
            }
        }
        return count;
    }

    Map<String, String> scrubbed(StatusInfo status) {
        Map<String, String> stats = status.getApplicationStats();
        if (stats.get("registered-replicas").contains("@")) {
            stats.put("registered-replicas", scrub(stats.get("registered-replicas")));
        }
        return stats;
    }

    private static String scrub(String replicas) {
        return replicas.replaceAll("//[^@]*@", "//");
    }
}
