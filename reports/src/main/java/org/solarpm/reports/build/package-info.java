/**
 * Build-time tooling of the reports module: compiles the JRXML templates to {@code .jasper}
 * files during the Maven build, so nothing is compiled when a report is requested.
 */
package org.solarpm.reports.build;
