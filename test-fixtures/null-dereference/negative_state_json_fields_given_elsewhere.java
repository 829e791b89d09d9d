// A JSON field given to another object, or another field given to this one, before the read: which fields a tree holds is not followed, and get(field) on a JSON tree is not a source.
import com.fasterxml.jackson.databind.node.ObjectNode;

class DynamicInfoReader {

    String element(ObjectNode bpmnNode, ObjectNode other, String id) {
        if (!bpmnNode.has(id)) {
            other.putObject(id);
        }
        return bpmnNode.get(id).textValue();
    }

    String language(ObjectNode localizations, String language) {
        if (!localizations.has(language)) {
            localizations.putObject("default");
        }
        return localizations.get(language).textValue();
    }
}
