package org.solarpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.solarpm.shared.DomainException;
import org.solarpm.template.ProjectTemplate;
import org.solarpm.template.TemplateCatalog;

/** The shipped project templates, loaded once. */
@ApplicationScoped
public class ProjectTemplates {

    private final TemplateCatalog catalog = TemplateCatalog.load();

    public List<ProjectTemplate> all() {
        return catalog.templates();
    }

    /** @throws DomainException 404 for an unknown code */
    public ProjectTemplate get(String code) {
        return catalog.find(code).orElseThrow(() -> DomainException.notFound("ProjectTemplate"));
    }

    /** As {@link #get} but a 400 naming the field, for a code given in a request body. */
    public ProjectTemplate forRequest(String code) {
        return catalog.find(code == null ? "" : code)
                .orElseThrow(() -> DomainException.invalid("templateCode", "error.project.unknownTemplate", code));
    }
}
