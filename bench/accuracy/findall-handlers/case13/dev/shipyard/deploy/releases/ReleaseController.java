package dev.shipyard.deploy.releases;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

@Controller
@ResponseBody
@RequestMapping("/api/releases")
public class ReleaseController {

    private final ReleaseRepository releaseRepository;

    public ReleaseController(ReleaseRepository releaseRepository) {
        this.releaseRepository = releaseRepository;
    }

    @GetMapping
    public List<Release> history() {
        return releaseRepository.findAllByOrderByReleasedAtDesc();
    }

    @GetMapping("/{version}")
    public Release byVersion(@PathVariable String version) {
        return releaseRepository.findByVersion(version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown version " + version));
    }
}
