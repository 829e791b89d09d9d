package stars.case23;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface EmployeeMapper {

    @Select({"SELECT *", // star
             "FROM employees",
             "WHERE id = #{id}"})
    Employee findById(@Param("id") long id);

    @Select("SELECT COUNT(*) FROM employees WHERE department_id = #{dept}")
    int headcount(@Param("dept") long dept);
}
