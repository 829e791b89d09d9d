package com.shopfront.search;

import java.util.Map;

public interface SearchIndexClient {

    void upsert(String indexName, long id, Map<String, Object> document) throws IndexingException;

    void delete(String indexName, long id) throws IndexingException;

    class IndexingException extends Exception {

        private static final long serialVersionUID = 1L;

        public IndexingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
