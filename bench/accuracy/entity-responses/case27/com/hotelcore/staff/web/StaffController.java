package com.hotelcore.staff.web;

import com.hotelcore.staff.domain.StaffMember;
import com.hotelcore.staff.domain.StaffMemberRepository;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/properties/{propertyId}/staff")
public class StaffController {

    public record UpdateStaffRequest(String fullName, String role, String shiftPattern) {
    }

    private final StaffMemberRepository staff;

    public StaffController(StaffMemberRepository staff) {
        this.staff = staff;
    }

    @PutMapping("/{staffId}")
    @Transactional
    public StaffMember updateStaffMember(@PathVariable long propertyId,
                                         @PathVariable long staffId,
                                         @RequestBody UpdateStaffRequest request) {
        StaffMember member = staff.findByIdAndPropertyId(staffId, propertyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        member.setFullName(request.fullName());
        member.setRole(request.role());
        member.setShiftPattern(request.shiftPattern());
        return member;
    }
}
