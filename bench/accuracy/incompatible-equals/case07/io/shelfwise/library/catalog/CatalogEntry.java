package io.shelfwise.library.catalog;

import java.util.List;

public record CatalogEntry(long copyId, Isbn isbn, String title, List<String> authors, boolean onLoan) {
}
