// A helper that returns null only when a test of its argument fails (if (!field.contains("*")) return null;) gives a value where the caller saw that test pass: inside the if, after an early continue, right of &&.
import java.util.ArrayList;
import java.util.List;

class MetadataFieldExpander {

    private List<String> expand(String field) {
        if (!field.contains("*")) {
            return null;
        }
        List<String> expanded = new ArrayList<>();
        for (String qualifier : List.of("title", "subject", "date")) {
            expanded.add(field.replace("*", qualifier));
        }
        return expanded;
    }

    List<String> allFields(List<String> configured) {
        List<String> fields = new ArrayList<>();
        for (String field : configured) {
            if (field.contains("*")) {
                List<String> wildcard = expand(field);
                for (String each : wildcard) {
                    fields.add(each);
                }
            } else {
                fields.add(field);
            }
        }
        return fields;
    }

    int countWildcards(List<String> configured) {
        int count = 0;
        for (String field : configured) {
            if (!field.contains("*")) {
                continue;
            }
            count += expand(field).size();
        }
        return count;
    }

    boolean expandsToMany(String field) {
        return field.contains("*") && expand(field).size() > 1;
    }
}
