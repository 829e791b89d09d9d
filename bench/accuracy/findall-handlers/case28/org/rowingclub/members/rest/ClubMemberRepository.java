package org.rowingclub.members.rest;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

public interface ClubMemberRepository extends ListCrudRepository<ClubMember, Long>, PagingAndSortingRepository<ClubMember, Long> {
}
