package stars.case44;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "articles")
public class Article {
    @Id
    private Long id;
    private String title;
    private String locale;
    private boolean published;

    public Long getId() { return id; }
    public String getTitle() { return title; }
}
