package org.solarpm.procurement;

/** What a material is; decides the unit its prices are compared in. */
public enum MaterialCategory {
    MODULE, INVERTER, RACKING, DC_CABLE, AC_CABLE, COMBINER_BOX, GRID_TIE_CABINET, GROUNDING, MONITORING, TRANSFORMER, OTHER;

    public boolean isCable() {
        return this == DC_CABLE || this == AC_CABLE;
    }
}
