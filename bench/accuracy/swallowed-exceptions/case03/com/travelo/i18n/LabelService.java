package com.travelo.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;

@Service
public class LabelService {

    private static final String BUNDLE = "i18n/labels";

    protected final Log logger = LogFactory.getLog(getClass());

    public String label(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException ex) {
            if (logger.isDebugEnabled()) {
                logger.debug("No label '" + key + "' for locale " + locale + ", using the key");
            }
        }
        return key;
    }
}
