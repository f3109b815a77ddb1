/**
 * The executive's one-page portfolio: every active project for a day with its report status, installed
 * capacity against design and plan, manpower, delays, incidents, next milestone and cost, sorted so
 * that what needs attention comes first. Reads the daily rollups the report workflow maintains, never
 * the raw reports, in a fixed number of statements whatever the number of projects.
 */
package org.solarpm.dashboard;
