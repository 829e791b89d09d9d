package com.inkwell.publishing.authors;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/authors")
public class AuthorController {

    private final AuthorRepository authorRepository;

    public AuthorController(AuthorRepository authorRepository) {
        this.authorRepository = authorRepository;
    }

    @GetMapping
    public List<AuthorRepository.Author> authors() {
        return authorRepository.findAll();
    }

    @GetMapping("/{id}")
    public ResponseEntity<AuthorRepository.Author> author(@PathVariable long id) {
        return ResponseEntity.of(authorRepository.findById(id));
    }
}
