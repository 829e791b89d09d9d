// A map that the class only ever makes sure of its keys for: containsKey followed by a put of the same key (computeIfAbsent spelled out), and a get compared with null before a put. Neither doubts the lookups elsewhere.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class VocabularyIndex {

    interface Index {
        List<String> fieldsOf(String vocabulary);

        int countOf(String form);
    }

    static final class Default implements Index {

        private final Map<String, Map<String, List<String>>> formsByVocabulary = new HashMap<>();
        private final Map<String, List<String>> fieldsByForm = new HashMap<>();

        void add(String vocabulary, String form, String field) {
            Map<String, List<String>> forms;
            if (formsByVocabulary.containsKey(vocabulary)) {
                forms = formsByVocabulary.get(vocabulary);
            } else {
                forms = new HashMap<>();
            }
            forms.computeIfAbsent(form, f -> new ArrayList<>()).add(field);
            formsByVocabulary.put(vocabulary, forms);

            List<String> fields = fieldsByForm.get(form);
            if (fields == null) {
                fields = new ArrayList<>();
                fieldsByForm.put(form, fields);
            }
            fields.add(field);
        }

        @Override
        public List<String> fieldsOf(String vocabulary) {
            List<String> all = new ArrayList<>();
            for (List<String> fields : formsByVocabulary.get(vocabulary).values()) {
                all.addAll(fields);
            }
            return all;
        }

        @Override
        public int countOf(String form) {
            return fieldsByForm.get(form).size();
        }
    }
}
