package eval5.case47;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/blog/posts")
@Produces(MediaType.APPLICATION_JSON)
public class TaggedPostsResource {

    @Inject
    PostTagDao postTagDao;

    @GET
    @Path("/tagged")
    public List<String> tagged(@QueryParam("tag") List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        StringBuilder inList = new StringBuilder();
        for (String tag : tags) {
            if (tag.isBlank()) {
                continue;
            }
            if (inList.length() > 0) {
                inList.append(", ");
            }
            inList.append('\'').append(tag.strip().toLowerCase()).append('\'');
        }
        return inList.length() == 0 ? List.of() : postTagDao.slugsTagged(inList.toString());
    }
}
