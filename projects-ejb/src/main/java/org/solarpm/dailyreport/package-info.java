/**
 * Daily construction reports. For now: the work items (design quantities, weights, planned windows)
 * that a project gets from its template; the reports themselves build on them.
 */
package org.solarpm.dailyreport;
