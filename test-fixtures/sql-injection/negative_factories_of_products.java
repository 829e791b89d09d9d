// Factories of another file whose products pass their argument through or replace it (used by positive_factory_products_of_another_file); no request data here.
interface XfTextCleaner {
    String clean(String input);
}

final class XfCleanerFactory {

    private XfCleanerFactory() {
    }

    static XfTextCleaner trimming() {
        return new XfTrimmingCleaner();
    }

    static XfTextCleaner blanking() {
        return new XfBlankingCleaner();
    }

    static XfFixedLabels labels() {
        return new XfFixedLabels();
    }
}

class XfTrimmingCleaner implements XfTextCleaner {

    @Override
    public String clean(String input) {
        return input.trim();
    }
}

class XfBlankingCleaner implements XfTextCleaner {

    @Override
    public String clean(String input) {
        return input.isBlank() ? "" : input.strip();
    }
}

class XfFixedLabels {

    String label(String key) {
        return "label." + key.length();
    }
}
