package com.mediahub.assets.upload;

import java.io.IOException;
import java.io.InputStream;

public interface AssetStorage {

    /** Stores the content and returns the asset's public id. */
    String store(String folder, String fileName, String contentType, InputStream content, long size) throws IOException;
}
