package opt.case30;

import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class SharingPolicy {

    private final FolderRepository folderRepository;

    public SharingPolicy(FolderRepository folderRepository) {
        this.folderRepository = folderRepository;
    }

    public boolean isSharedThroughAncestor(Long folderId) {
        Optional<Folder> current = folderRepository.findById(folderId);
        while (current.isPresent()) {
            Folder folder = current.get();
            if (folder.isShared()) {
                return true;
            }
            current = folderRepository.findParentOf(folder);
        }
        return false;
    }
}
