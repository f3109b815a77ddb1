/**
 * Project templates: the plain-Java model of a template file ({@link org.solarpm.template.ProjectTemplate}
 * and its parts), the {@link org.solarpm.template.TemplateCatalog} that loads the templates shipped on the
 * classpath, and the expansion of a template into a concrete {@link org.solarpm.template.ProjectPlan}
 * (tasks per array block, dated milestones, design quantities, bill of materials and budget) for a
 * given capacity and planned start.
 *
 * <p>No CDI or container dependency: the application wraps the catalog in a bean. JSON-B is the only
 * Jakarta API used, to read the files.
 */
package org.solarpm.template;
