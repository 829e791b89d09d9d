// A legacy @Entity(name = ..) mapped onto an old operators table with a passwd column, returned by a @Controller class annotated @ResponseBody.
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

@Entity(name = "Operator")
@Table(name = "T_OPERATOR")
class LegacyOperator {

    @Id
    @Column(name = "OP_CODE")
    private String code;

    @Column(name = "OP_NAME")
    private String name;

    @Column(name = "PASSWD")
    private String passwd;

    @Column(name = "BRANCH_NO")
    private Integer branchNo;

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getPasswd() { return passwd; }
    public Integer getBranchNo() { return branchNo; }
}

interface LegacyOperatorRepository extends JpaRepository<LegacyOperator, String> {
    List<LegacyOperator> findByBranchNo(Integer branchNo);
}

@Controller
@ResponseBody
class LegacyOperatorController {

    private final LegacyOperatorRepository operators;

    LegacyOperatorController(LegacyOperatorRepository operators) {
        this.operators = operators;
    }

    @GetMapping("/legacy/branches/{branchNo}/operators")
    public List<LegacyOperator> operatorsOfBranch(@PathVariable Integer branchNo) { // expect: entity-in-response "`passwd`"
        return operators.findByBranchNo(branchNo);
    }
}
