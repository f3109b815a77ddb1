/**
 * Importing price history from Excel: the sheet is streamed (SAX, never the workbook DOM), every
 * bad row is reported with row, column and reason, strict mode imports nothing when any row is
 * bad, and rows are written in batches with natural-key de-duplication so re-imports add nothing.
 * Jobs run in the background; their state lives in the database.
 */
package org.solarpm.procurement.imports;
