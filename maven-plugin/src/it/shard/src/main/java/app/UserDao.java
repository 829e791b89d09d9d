package app;

class UserDao {
    String all() {
        return "SELECT * FROM users";
    }
}
