// A map filled by hand that another method of the class also tests for a missing key: map and key both come from the program, whose invariant decides the entry, so the unchecked read is not reported.
import java.util.HashMap;
import java.util.Map;

class AuthorityRegistry {

    interface Authority {
        String label(String code);
    }

    interface Lookup {
        String labelFor(String field, String form, String code);

        boolean known(String field);
    }

    static final class Default implements Lookup {

        private final Map<String, Map<String, Authority>> byFieldAndForm = new HashMap<>();

        void register(String field, String form, Authority authority) {
            Map<String, Authority> forms;
            if (byFieldAndForm.containsKey(field)) {
                forms = byFieldAndForm.get(field);
            } else {
                forms = new HashMap<>();
            }
            forms.put(form, authority);
            byFieldAndForm.put(field, forms);
        }

        @Override
        public boolean known(String field) {
            return byFieldAndForm.containsKey(field);
        }

        @Override
        public String labelFor(String field, String form, String code) {
            return byFieldAndForm.get(field).get(form).label(code);
        }
    }
}
