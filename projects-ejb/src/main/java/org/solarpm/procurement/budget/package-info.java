/**
 * What a project needs and what it has spent: the material plan (the template's bill of materials)
 * against ordered, received and consumed quantities with shortage warnings, and the budget per cost
 * category against the money committed by approved purchase orders.
 */
package org.solarpm.procurement.budget;
