/** HTTP edge of purchase orders: per-project lists and creation, submission, approval steps, ordering and receipts. */
package org.solarpm.web.procurement.order;
