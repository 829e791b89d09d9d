package opt.case28;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PlaylistService {

    private final PlaylistRepository playlistRepository;

    public PlaylistService(PlaylistRepository playlistRepository) {
        this.playlistRepository = playlistRepository;
    }

    @Transactional
    public int addTracks(Long playlistId, String user, List<Long> trackIds) {
        int added = 0;
        Optional<Playlist> playlist = playlistRepository.findById(playlistId);
        if (playlist.isPresent()) {
            if (!playlist.get().getOwner().equals(user)) {
                throw new SecurityException("Not your playlist");
            }
            for (Long trackId : trackIds) {
                if (playlist.get().getTrackIds().size() >= playlist.get().getMaxTracks()) {
                    break;
                }
                if (!playlist.get().getTrackIds().contains(trackId)) {
                    playlist.get().getTrackIds().add(trackId);
                    added++;
                }
            }
        }
        return added;
    }
}
