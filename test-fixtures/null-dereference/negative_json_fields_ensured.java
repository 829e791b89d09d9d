// A JSON object given a field when it lacked it (if (!node.has(id)) node.putObject(id), or set(id, ..)) and then read by that field.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DynamicInfo {

    void setElementProperty(ObjectNode bpmnNode, String id, String name, String value) {
        if (!bpmnNode.has(id)) {
            bpmnNode.putObject(id);
        }
        ((ObjectNode) bpmnNode.get(id)).put(name, value);
    }

    void setLocalization(ObjectNode localizations, String language, String id, JsonNode value) {
        if (!localizations.has(language)) {
            localizations.putObject(language);
        }
        ObjectNode languageNode = (ObjectNode) localizations.get(language);
        if (!languageNode.has(id)) {
            languageNode.set(id, value);
        }
        languageNode.get(id).size();
    }
}
