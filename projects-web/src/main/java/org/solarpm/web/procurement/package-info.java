/** HTTP endpoints for the procurement catalogue, price history, price checks and price history imports. */
package org.solarpm.web.procurement;
