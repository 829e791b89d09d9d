package stars.case48;

final class BranchQueries {

    static final String BRANCH_NAMES = "SELECT id, name FROM branches";

    private BranchQueries() {
    }
}
