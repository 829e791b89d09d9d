package com.pixelforge.media.thumbnails;

public interface ImageStore {

    /**
     * Resizes the original of an asset to the given width and returns the storage key of the result.
     */
    String resizeAndStore(String assetId, int width);
}
