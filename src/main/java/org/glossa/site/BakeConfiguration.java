package org.glossa.site;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * JBake's configuration as JBake's {@code ConfigUtil} composes it (the essay's properties over
 * JBake's {@code default.properties}), read directly instead of through commons-configuration's
 * builder and bean machinery, which cost about half a second of a fresh JVM's time. Two
 * differences: JVM system properties are left out, so templates cannot read them through {@code
 * config}; and once baking starts ({@link #freeze()}) the map JBake hands every template is built
 * once, not once per page.
 */
final class BakeConfiguration extends DefaultJBakeConfiguration {
    private volatile Map<String, Object> frozen;

    private BakeConfiguration(File sourceFolder, CompositeConfiguration configuration) {
        super(sourceFolder, configuration);
    }

    static BakeConfiguration load(Path essayRoot, Path propertiesFile) {
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        try {
            if (Files.isRegularFile(propertiesFile)) {
                try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                    composite.addConfiguration(properties(in));
                }
            }
            try (InputStream defaults = DefaultJBakeConfiguration.class
                    .getClassLoader()
                    .getResourceAsStream(ConfigUtil.DEFAULT_CONFIG_FILE)) {
                if (defaults == null) {
                    throw new IllegalStateException(
                            "JBake's " + ConfigUtil.DEFAULT_CONFIG_FILE + " is not on the classpath");
                }
                composite.addConfiguration(properties(new InputStreamReader(defaults, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalStateException("cannot read JBake's configuration: " + e.getMessage(), e);
        }
        BakeConfiguration config = new BakeConfiguration(essayRoot.toFile(), composite);
        config.setClearCache(true);
        return config;
    }

    private static PropertiesConfiguration properties(Reader in) throws ConfigurationException, IOException {
        PropertiesConfiguration p = new PropertiesConfiguration();
        p.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        p.setThrowExceptionOnMissing(true);
        p.setIncludesAllowed(false);
        p.read(in);
        return p;
    }

    /** From now on the configuration does not change: templates share one copy of it. */
    void freeze() {
        frozen = super.asHashMap();
    }

    @Override
    public Map<String, Object> asHashMap() {
        Map<String, Object> f = frozen;
        return f != null ? f : super.asHashMap();
    }
}
