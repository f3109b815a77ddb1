/**
 * Project milestones (filing done, materials on site, modules installed, grid connection, COD) with
 * baseline, planned and actual dates; created from the template with the project.
 */
package org.solarpm.milestone;
