package com.notely.tags.web;

import com.notely.tags.model.Tag;
import com.notely.tags.model.TagRepository;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

@RestController
@RequestMapping("/workspaces/{workspaceId}/tags")
public class TagController {

    public record NewTag(String label, String color) {
    }

    private final TagRepository tags;

    public TagController(TagRepository tags) {
        this.tags = tags;
    }

    @GetMapping
    public Tag[] allTags(@PathVariable long workspaceId) {
        return tags.findByWorkspaceId(workspaceId, Sort.by("label")).toArray(Tag[]::new);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public void addTag(@PathVariable long workspaceId, @RequestBody NewTag newTag) {
        String label = newTag.label().trim().toLowerCase(Locale.ROOT);
        if (!tags.existsByWorkspaceIdAndLabel(workspaceId, label)) {
            tags.save(new Tag(workspaceId, label, newTag.color()));
        }
    }
}
