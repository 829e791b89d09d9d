// Commons Lang and Commons Collections tests that are false for null: ArrayUtils.isNotEmpty, ArrayUtils.isEmpty, MapUtils.isEmpty and StringUtils.isNoneBlank.
import java.io.File;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.collections4.MapUtils;
import org.apache.commons.lang3.ArrayUtils;
import org.apache.commons.lang3.StringUtils;

class UploadInbox {

    int pending(File inbox) {
        String[] names = inbox.list();
        if (ArrayUtils.isNotEmpty(names)) {
            return names.length;
        }
        return 0;
    }

    String firstFile(File inbox) {
        File[] files = inbox.listFiles();
        if (ArrayUtils.isEmpty(files)) {
            return "";
        }
        return files[0].getName();
    }

    String[] tags(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        if (MapUtils.isEmpty(parameters)) {
            return new String[0];
        }
        return parameters.keySet().toArray(new String[0]);
    }

    String owner(HttpServletRequest request) {
        String owner = request.getParameter("owner");
        if (StringUtils.isNoneBlank(owner)) {
            return owner.trim();
        }
        return "anonymous";
    }
}
