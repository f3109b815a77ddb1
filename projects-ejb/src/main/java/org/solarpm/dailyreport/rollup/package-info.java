/**
 * Consolidation of daily reports into the rollups the dashboards read ({@code project_day_rollup},
 * {@code work_item_progress}, {@code work_item_day_progress}, {@code material_plan_line.consumed_quantity}):
 * incremental updates in the transaction of every report change, and a recomputation from the raw
 * reports that rebuilds them and proves the increments right.
 */
package org.solarpm.dailyreport.rollup;
