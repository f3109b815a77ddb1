/**
 * Daily construction reports filed from the field: one report per project and day, its deadline
 * policy, installed quantities against the project's work items, and the planned S-curve that
 * schedule variance is measured against.
 */
package org.solarpm.dailyreport;
