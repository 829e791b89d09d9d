// Code that asks for null as the fallback of an Optional or a map lookup, and then dereferences the result without a check, there or through a method that returns it.
import java.util.Map;
import java.util.Optional;

class DisplayNames {

    interface Users {
        Optional<String> nickname(long id);
    }

    private final Users users;

    DisplayNames(Users users) {
        this.users = users;
    }

    String nickname(long id) {
        String nickname = users.nickname(id).orElse(null);
        return nickname.trim();  // expect: null-dereference "orElse(null)"
    }

    int labelLength(Map<String, String> labels, String key) {
        return labels.getOrDefault(key, null).length();  // expect: null-dereference "getOrDefault"
    }

    String checked(long id) {
        String nickname = users.nickname(id).orElse(null);
        return nickname == null ? "anonymous" : nickname.trim();
    }

    String withDefault(long id) {
        return users.nickname(id).orElse("anonymous").trim();
    }
}

class NicknameService {

    private final DisplayNames.Users users;

    NicknameService(DisplayNames.Users users) {
        this.users = users;
    }

    String nickname(long id) {
        return users.nickname(id).orElse(null);
    }
}

class Greeting {

    String greet(NicknameService service, long id) {
        return "Hello " + service.nickname(id).toUpperCase();
    }

    boolean known(NicknameService service, long id) {
        return service.nickname(id) != null;
    }
}
