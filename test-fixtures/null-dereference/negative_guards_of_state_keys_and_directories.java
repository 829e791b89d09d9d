// Guards that prove the value through something else: a lookup tested in a ternary before it is read again, a key tested by a helper of the class, a directory tested before it is listed, a local that is set only where another is present, getters that return null only for the object's own state or an index out of its range, a header read again after it was checked, a lookup told by a flag not to return null, a helper that returns null only for a null or empty argument the caller has ruled out, a key loaded by a method of the class when it was missing, one of two lookups tested together and read in turn, getters called after a set-up of the same argument, a map read through a getter after a containsKey on the same getter, a key tested through keySet(), a lookup with variable arguments called again after its check, and keys written as array elements or calls on them.
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class SubmissionForm {

    record Step(String id) {
    }

    private final Map<String, String> messages = new HashMap<>();
    private final Map<Boolean, List<Step>> partitioned = new HashMap<>();
    private Step[] steps = new Step[0];
    private String[] bits;
    private boolean indexed;

    boolean exists(String field) {
        return this.messages.containsKey(field);
    }

    boolean hasError(String field) {
        return exists(field) && this.messages.get(field).startsWith("error");
    }

    int redirectCount() {
        List<Step> redirects = this.partitioned.get(true) == null ? List.of() : this.partitioned.get(true);
        return redirects.size();
    }

    String alias(Map<String, String> keys, String fallback) {
        String alias = keys.containsKey("key") ? keys.get("key") : fallback;
        return alias.trim();
    }

    int countEntries(List<File> roots) {
        int total = 0;
        for (File entry : roots) {
            if (entry.isDirectory()) {
                total += entry.list().length;
            }
        }
        return total;
    }

    Step getStep(int index) {
        if (index < 0 || index > this.steps.length - 1) {
            return null;
        }
        return this.steps[index];
    }

    String stepIds() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < this.steps.length; i++) {
            ids.append(getStep(i).id());
        }
        return ids.toString();
    }

    String getBit(int index) {
        if (isIndexed()) {
            return this.bits[index];
        }
        return null;
    }

    boolean isIndexed() {
        return this.indexed;
    }

    String firstBit() {
        if (isIndexed()) {
            return getBit(0).trim();
        }
        return "";
    }

    String owner(String name) {
        String user = System.getProperty(name);
        String service = null;
        if (user != null && user.startsWith("svc-")) {
            service = user.substring(4);
        }
        boolean isService = service != null && !service.isEmpty();
        if (isService) {
            return user.trim();
        }
        return "";
    }

    String clientAddress(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null) {
            return request.getHeader("X-Forwarded-For").split(",")[0].trim();
        }
        return request.getRemoteAddr();
    }

    Step stepNamed(String id, boolean missingOk) {
        for (Step step : this.steps) {
            if (step.id().equals(id)) {
                return step;
            }
        }
        if (missingOk) {
            return null;
        }
        throw new IllegalArgumentException("no step " + id);
    }

    String requiredStep(String id) {
        return stepNamed(id, false).id().trim();
    }

    List<String> parseOptions(String filter) {
        if (filter == null || filter.trim().isEmpty()) {
            return null;
        }
        return List.of(filter.split(","));
    }

    int optionCount(String filter) {
        if (filter == null || filter.isBlank()) {
            return 0;
        }
        return parseOptions(filter.trim()).size();
    }

    private final Map<String, Map<String, String>> licenses = new HashMap<>();

    private void loadLicenses(String language) {
        this.licenses.put(language, Map.of("by", "Attribution"));
    }

    int licenseCount(String language) {
        if (!this.licenses.containsKey(language)) {
            loadLicenses(language);
        }
        return this.licenses.get(language).size();
    }

    private final Map<String, Step> sortFields = new HashMap<>();
    private final Map<String, Step> recentFields = new HashMap<>();

    String sortType(String field) {
        if (this.sortFields.get(field) != null || this.recentFields.get(field) != null) {
            String type;
            if (this.sortFields.get(field) != null) {
                type = this.sortFields.get(field).id();
            } else {
                type = this.recentFields.get(field).id();
            }
            return type;
        }
        return "";
    }

    String filterType(String field) {
        if (this.sortFields.get(field) != null || this.recentFields.get(field) != null) {
            Step step = this.sortFields.get(field);
            if (step == null) {
                step = this.recentFields.get(field);
            }
            return step.id();
        }
        return "";
    }

    private final Map<String, Step> permissions = new HashMap<>();

    private void initialize(String group) {
        this.permissions.put("view." + group, new Step("view"));
    }

    Step viewPermission(String group) {
        if (this.permissions.isEmpty()) {
            return null;
        }
        return this.permissions.get("view." + group);
    }

    String permissionIds(String group) {
        initialize(group);
        return viewPermission(group).id();
    }

    Map<String, Step> getPermissions() {
        return this.permissions;
    }

    String handle(String destination) {
        if (!getPermissions().containsKey(destination)) {
            return "";
        }
        Step handler = getPermissions().get(destination);
        return handler.id();
    }

    String generatorFor(String type) {
        if (this.permissions.keySet().contains(type)) {
            return this.permissions.get(type).id();
        }
        return "";
    }

    Step option(List<Step> options, String name) {
        for (Step step : options) {
            if (step.id().equals(name)) {
                return step;
            }
        }
        return null;
    }

    String optionId(List<Step> options, String name) {
        if (option(options, name) != null) {
            Step chosen = option(options, name);
            return chosen.id();
        }
        return "";
    }

    void register(Map<String, List<String>> hidden, String field) {
        String[] segment = field.split("\\.", 3);
        if (!hidden.containsKey(segment[1])) {
            hidden.put(segment[1], new java.util.ArrayList<>());
        }
        hidden.get(segment[1]).add(segment[2]);
        if (hidden.containsKey(segment[0].trim())) {
            hidden.get(segment[0].trim()).add(segment[2]);
        }
    }

    String filterFor(String field, String unqualified) {
        if (this.sortFields.get(field) != null || this.sortFields.get(unqualified + ".*") != null) {
            Step step = this.sortFields.get(field);
            if (step == null) {
                step = this.sortFields.get(unqualified + ".*");
            }
            return step.id();
        }
        return "";
    }
}
