// A book handler set using derived queries with readBy, getBy, queryBy and searchBy prefixes that return List, Set and Collection with no Pageable or Limit.
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "books")
class Book {

    @Id
    @GeneratedValue
    private Long id;

    private String isbn;

    private String title;

    private String author;

    private String genre;

    private String publisher;

    protected Book() {
    }

    public Long getId() {
        return id;
    }

    public String getIsbn() {
        return isbn;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getGenre() {
        return genre;
    }

    public String getPublisher() {
        return publisher;
    }
}

interface BookRepository extends JpaRepository<Book, Long> {

    List<Book> readByGenre(String genre);

    Set<Book> getByAuthor(String author);

    Collection<Book> queryByPublisher(String publisher);

    List<Book> searchByTitleContainingIgnoreCase(String title);

    List<Book> searchByTitleStartingWith(String prefix, Limit limit);
}

@RestController
@RequestMapping("/api/books")
class BookController {

    private final BookRepository bookRepository;

    BookController(BookRepository bookRepository) {
        this.bookRepository = bookRepository;
    }

    @GetMapping("/genre")
    public List<Book> byGenre(@RequestParam String genre) {
        return bookRepository.readByGenre(genre); // expect: unbounded-find-all "`readByGenre`"
    }

    @GetMapping("/author")
    public Set<Book> byAuthor(@RequestParam String author) {
        return bookRepository.getByAuthor(author); // expect: unbounded-find-all "`getByAuthor`"
    }

    @GetMapping("/publisher")
    public Collection<Book> byPublisher(@RequestParam String publisher) {
        return bookRepository.queryByPublisher(publisher); // expect: unbounded-find-all "`queryByPublisher`"
    }

    @GetMapping("/search")
    public List<String> search(@RequestParam String title) {
        return bookRepository.searchByTitleContainingIgnoreCase(title).stream().map(Book::getTitle).toList(); // expect: unbounded-find-all "`searchByTitleContainingIgnoreCase`"
    }

    @GetMapping("/suggest")
    public List<String> suggest(@RequestParam String prefix) {
        return bookRepository.searchByTitleStartingWith(prefix, Limit.of(10)).stream().map(Book::getTitle).toList();
    }
}
