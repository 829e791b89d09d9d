package com.notely.tags.model;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface TagRepository extends JpaRepository<Tag, Long> {

    List<Tag> findByWorkspaceId(long workspaceId, Sort sort);

    boolean existsByWorkspaceIdAndLabel(long workspaceId, String label);
}
