package com.kbase.articles;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class BreadcrumbService {

    public record Crumb(String title, String href) {
    }

    private final SectionCache sections;

    public BreadcrumbService(SectionCache sections) {
        this.sections = sections;
    }

    /** Builds the trail from the help-centre root down to the given section. */
    public List<Crumb> trail(Long sectionId) {
        Map<Long, Section> byId = sections.all();
        Long rootId = sections.rootId();
        Deque<Crumb> crumbs = new ArrayDeque<>();
        Section current = byId.get(sectionId);
        while (current != null && current.getId() != rootId) {
            crumbs.addFirst(new Crumb(current.getTitle(), "/help/" + current.getSlug()));
            current = current.getParentId() == null ? null : byId.get(current.getParentId());
        }
        crumbs.addFirst(new Crumb("Help centre", "/help"));
        return List.copyOf(crumbs);
    }

    public interface SectionCache {
        Map<Long, Section> all();

        Long rootId();
    }
}
