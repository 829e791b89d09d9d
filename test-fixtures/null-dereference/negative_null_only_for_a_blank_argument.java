// A helper that returns null only for a blank text argument (StringUtils.isBlank, !hasText) is not a source where the caller passes a value that is not known to be missing.
import org.apache.commons.lang3.StringUtils;

final class FieldNames {

    private FieldNames() {
    }

    static String standardize(String schema, String element, String qualifier, String separator) {
        if (StringUtils.isBlank(element)) {
            return null;
        } else if (StringUtils.isBlank(qualifier)) {
            return schema + separator + element;
        }
        return schema + separator + element + separator + qualifier;
    }
}

record InputField(String schema, String element) {
}

class FormLayout {

    boolean isFieldPresent(InputField field, String qualifier, String wanted) {
        String fullName = FieldNames.standardize(field.schema(), field.element(), qualifier, ".");
        return fullName.equals(wanted);
    }
}

class Checker {

    boolean known(InputField field) {
        return FieldNames.standardize(field.schema(), field.element(), null, ".") != null;
    }
}
