// The Java side of a MyBatis configuration: the variables it puts in its Properties are replaced in mappers when MyBatis reads them.
import java.io.InputStream;
import java.util.Properties;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;

class EngineMyBatisConfiguration {

    Configuration build(InputStream config, String tablePrefix, String databaseType) {
        Properties properties = new Properties();
        properties.put("prefix", tablePrefix);
        properties.put("limitBefore", "postgres".equals(databaseType) ? "" : "SELECT * FROM (");
        properties.setProperty("limitAfter", "postgres".equals(databaseType) ? "LIMIT #{maxResults}" : ") RES");
        return new XMLConfigBuilder(config, "", properties).parse();
    }
}
