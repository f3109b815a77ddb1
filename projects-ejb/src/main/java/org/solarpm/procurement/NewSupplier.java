package org.solarpm.procurement;

/** What a buyer enters to add a supplier. */
public record NewSupplier(String code, String name, String contactName, String contactPhone, String contactEmail) {
}
