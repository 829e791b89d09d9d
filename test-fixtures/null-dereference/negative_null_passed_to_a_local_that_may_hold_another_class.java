// Null passed to a method called on a local that may hold either of two classes, or a parameter of an interface type: which method runs is not known where the call is, and one of them copes with null.
interface ShelfLabeler {

    String label(String text);
}

final class StrictShelfLabeler implements ShelfLabeler {

    @Override
    public String label(String text) {
        return text.strip();
    }
}

final class LenientShelfLabeler implements ShelfLabeler {

    @Override
    public String label(String text) {
        return text == null ? "" : text.strip();
    }
}

class ShelfPrinter {

    String print(boolean lenient) {
        ShelfLabeler labeler = new StrictShelfLabeler();
        if (lenient) {
            labeler = new LenientShelfLabeler();
        }
        return labeler.label(null);
    }

    String reprint(ShelfLabeler labeler) {
        return labeler.label(null);
    }
}
