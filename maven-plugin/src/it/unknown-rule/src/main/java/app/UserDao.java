package app;

class UserDao {
    static final String BY_ID = "SELECT id, email FROM users WHERE id = ?";
    static final String COUNT = "SELECT COUNT(*) FROM users";
}
