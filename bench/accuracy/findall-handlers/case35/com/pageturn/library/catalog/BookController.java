package com.pageturn.library.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/catalog/books")
class BookController {

    private final BookRepository bookRepository;

    BookController(BookRepository bookRepository) {
        this.bookRepository = bookRepository;
    }

    record BookDto(String isbn, String title, String author, int year) {
        static BookDto from(Book book) {
            return new BookDto(book.getIsbn(), book.getTitle(), book.getAuthorName(), book.getPublicationYear());
        }
    }

    @GetMapping
    List<BookDto> allBooks() {
        return bookRepository.findAll()
                .stream()
                .map(BookDto::from)
                .toList();
    }

    @GetMapping("/count")
    long count() {
        return bookRepository.count();
    }
}
