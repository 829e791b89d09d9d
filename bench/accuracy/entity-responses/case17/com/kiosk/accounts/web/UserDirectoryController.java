package com.kiosk.accounts.web;

import com.kiosk.accounts.persistence.UserDao;
import com.kiosk.accounts.persistence.entity.UserEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/directory/users")
public class UserDirectoryController {

    private final UserDao userDao;

    public UserDirectoryController(UserDao userDao) {
        this.userDao = userDao;
    }

    @GetMapping("/{username}")
    public ResponseEntity<UserEntity> byUsername(@PathVariable String username) {
        return userDao.findByUsername(username)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping
    public List<UserEntity> all() {
        return userDao.findAllActive();
    }
}
