package dev.shipyard.deploy.releases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReleaseRepository extends JpaRepository<Release, Long> {

    List<Release> findAllByOrderByReleasedAtDesc();

    Optional<Release> findByVersion(String version);
}
