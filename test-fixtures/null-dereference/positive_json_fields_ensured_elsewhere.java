// A JSON field given to another object, or another field given to this one, before the read: the field read may still be missing.
import com.fasterxml.jackson.databind.node.ObjectNode;

class DynamicInfoReader {

    String element(ObjectNode bpmnNode, ObjectNode other, String id) {
        if (!bpmnNode.has(id)) {
            other.putObject(id);
        }
        return bpmnNode.get(id).textValue();  // expect: null-dereference "bpmnNode.get(id)"
    }

    String language(ObjectNode localizations, String language) {
        if (!localizations.has(language)) {
            localizations.putObject("default");
        }
        return localizations.get(language).textValue();  // expect: null-dereference "localizations.get(language)"
    }
}
