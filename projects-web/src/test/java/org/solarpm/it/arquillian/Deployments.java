package org.solarpm.it.arquillian;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment all in-container tests share: the WAR the build just produced, so tests run
 * exactly what ships (Flyway migrations, persistence unit, datasource definition included).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive solarpm() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("solarpm.it.war")))
                .addClass(Deployments.class);
    }
}
