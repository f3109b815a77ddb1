package org.solarpm.project;

import java.math.BigDecimal;

/** Command: create a project from a template. {@code moduleWp} null means the template's default module. */
public record NewProject(String templateCode, ProjectDetails details, BigDecimal capacityKwp, Integer moduleWp,
                         long branchId, long managerId) {
}
