package org.clubhouse.members.web;

import org.clubhouse.members.domain.Member;
import org.clubhouse.members.domain.MemberRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/members")
public class ProfilePageController {

    private final MemberRepository members;

    public ProfilePageController(MemberRepository members) {
        this.members = members;
    }

    @GetMapping("/{id}")
    public String profile(@PathVariable long id, Model model) {
        Member member = members.findById(id).orElse(null);
        if (member == null) {
            return "members/not-found";
        }
        model.addAttribute("member", member);
        model.addAttribute("canEdit", member.isActive());
        return "members/profile";
    }

    @PostMapping("/{id}/nickname")
    public String rename(@PathVariable long id, @RequestParam String nickname) {
        members.findById(id).ifPresent(m -> {
            m.setNickname(nickname.strip());
            members.save(m);
        });
        return "redirect:/members/" + id;
    }
}
