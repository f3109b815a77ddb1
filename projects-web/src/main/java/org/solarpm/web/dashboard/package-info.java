/**
 * REST edge of the dashboards: the executive portfolio of a day and a project's planned against
 * actual progress (S-curve). Parses dates, calls one service method and shapes the JSON agreed in
 * the daily-report contract.
 */
package org.solarpm.web.dashboard;
