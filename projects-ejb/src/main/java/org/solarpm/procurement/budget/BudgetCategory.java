package org.solarpm.procurement.budget;

/** Cost categories of a project budget. Materials map onto them by their catalogue category. */
public enum BudgetCategory {
    MODULES, INVERTERS, RACKING, CABLE, CIVIL, LABOUR, OTHER;

    /** The budget category of a material category name (catalogue and template categories share names). */
    public static BudgetCategory ofMaterialCategory(String category) {
        if (category == null) {
            return OTHER;
        }
        return switch (category) {
            case "MODULE" -> MODULES;
            case "INVERTER" -> INVERTERS;
            case "RACKING" -> RACKING;
            case "DC_CABLE", "AC_CABLE" -> CABLE;
            default -> OTHER;
        };
    }
}
