/**
 * Purchase orders per project: lines with the price-check verdict stored at submission, an approval
 * chain predefined by rules on amount and verdict (the requester neither chooses nor is an
 * approver), ordering, and partial receipts per line. Approved lines enter the price history once.
 */
package org.solarpm.procurement.order;
