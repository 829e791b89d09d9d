// A helper that searches an XML document's nodes returns null only where the document lacks the node; the document's schema decides that, and readers of configuration files rely on it.
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class FormDefinitionReader {

    private Node firstElement(Node parent) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return child;
            }
        }
        return null;
    }

    private String text(Node node) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.TEXT_NODE) {
                return children.item(i).getNodeValue().trim();
            }
        }
        return null;
    }

    int fields(Node form) {
        Node definitions = firstElement(form);
        NodeList fields = definitions.getChildNodes();
        int count = 0;
        for (int i = 0; i < fields.getLength(); i++) {
            if (text(fields.item(i)).equals("field")) {
                count++;
            }
        }
        return count;
    }
}
