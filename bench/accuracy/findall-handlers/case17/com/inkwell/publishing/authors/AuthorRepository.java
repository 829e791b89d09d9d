package com.inkwell.publishing.authors;

import java.util.List;
import java.util.Optional;

public interface AuthorRepository {

    record Author(long id, String penName, String agency, int titles) {
    }

    List<Author> findAll();

    Optional<Author> findById(long id);
}
