package com.cloudvault.uploads.multipart;

import java.util.List;

public interface ObjectStoreClient {

    String startMultipartUpload(String bucket, String key);

    /** Uploads one part; part numbers start at 1. Returns the part's ETag. */
    String uploadPart(String bucket, String key, String uploadId, int partNumber, byte[] data);

    void completeMultipartUpload(String bucket, String key, String uploadId, List<String> etags);

    void abortMultipartUpload(String bucket, String key, String uploadId);
}
