/**
 * Procurement: the material and supplier catalogue, the price history (approved purchases and
 * imported records, with prices normalised to CNY/W, CNY/kW, CNY/m ...), and the price check that
 * scores a price against that history with robust statistics and a recent trend, and says why.
 */
package org.solarpm.procurement;
