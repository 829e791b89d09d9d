// A message converter registry that compares Class objects (getClass(), String.class) with == and !=.
import java.util.List;

public class PayloadConverterRegistry {

    public boolean canConvert(Class<?> type) {
        return type == String.class || type == byte[].class;
    }

    public boolean isPlainText(Object payload) {
        return payload.getClass() == String.class;
    }

    public boolean sameKind(Object a, Object b) {
        return a.getClass() != b.getClass() ? false : true;
    }

    public boolean isListOfStrings(Class<?> raw, List<Class<?>> typeArgs) {
        return raw == List.class && typeArgs.get(0) == String.class;
    }
}
