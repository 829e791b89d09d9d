package com.gatekeeper.iam.web;

import com.gatekeeper.iam.model.AppUser;
import com.gatekeeper.iam.model.Role;
import jakarta.persistence.EntityManager;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.Set;

@RestController
@RequestMapping("/iam/users/{userId}/roles")
public class UserRoleController {

    private final EntityManager entityManager;

    public UserRoleController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public Set<Role> rolesOf(@PathVariable long userId) {
        AppUser user = findUser(userId);
        return Set.copyOf(user.getRoles());
    }

    @DeleteMapping("/{roleName}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    public void revoke(@PathVariable long userId, @PathVariable String roleName) {
        AppUser user = findUser(userId);
        user.getRoles().removeIf(role -> role.getName().equals(roleName));
    }

    private AppUser findUser(long userId) {
        AppUser user = entityManager.find(AppUser.class, userId);
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + userId);
        }
        return user;
    }
}
