package com.mediahub.assets.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class AssetUploadController {

    private final AssetStorage storage;

    public AssetUploadController(AssetStorage storage) {
        this.storage = storage;
    }

    @PostMapping("/api/folders/{folder}/assets")
    public ResponseEntity<Map<String, List<String>>> upload(@PathVariable String folder,
                                                             @RequestParam("files") List<MultipartFile> files)
            throws IOException {
        if (files.isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < files.size() - 1; i++) {
            MultipartFile file = files.get(i);
            try (InputStream in = file.getInputStream()) {
                ids.add(storage.store(folder, file.getOriginalFilename(), file.getContentType(), in, file.getSize()));
            }
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("assetIds", ids));
    }
}
