// A JSON field given to another object, or another field given to this one, before the read, of trees the program holds: which fields such a tree holds is not followed, and its get(field) is not a source (a document a client sent is: see positive_fields_of_a_json_document_a_client_sent.java).
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
