package org.pixelforge.media;

import java.io.IOException;
import java.io.InputStream;

public interface BlobStore {

    InputStream open(String key) throws IOException;

    void put(String key, byte[] content, String contentType) throws IOException;
}
