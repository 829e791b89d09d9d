package com.docvault.ingest;

import java.io.IOException;
import java.io.InputStream;

public interface BlobStore {

    String store(String name, InputStream content, long length) throws IOException;
}
