package org.rowingclub.members.rest;

import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final ClubMemberRepository memberRepository;

    public MemberResource(ClubMemberRepository memberRepository) {
        this.memberRepository = memberRepository;
    }

    public record MemberPage(List<ClubMember> members, int page, int totalPages) {
    }

    @GET
    public MemberPage members(@QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100), Sort.by("surname", "givenName"));
        Page<ClubMember> result = memberRepository.findAll(request);
        return new MemberPage(result.getContent(), result.getNumber(), result.getTotalPages());
    }
}
