/**
 * Projects from survey to O&amp;M: the {@link org.solarpm.project.Project} aggregate with stage gates,
 * stage history and members; creation from a template in one transaction ({@link org.solarpm.project.ProjectSetup});
 * the material plan, documents on disk, similar past projects, and {@link org.solarpm.project.ProjectAccess},
 * the access rule every project feature uses.
 */
package org.solarpm.project;
