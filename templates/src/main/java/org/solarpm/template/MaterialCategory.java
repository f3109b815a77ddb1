package org.solarpm.template;

/** Categories of bill-of-materials lines, used for budget roll-ups and price checks. */
public enum MaterialCategory {
    MODULE,
    INVERTER,
    RACKING,
    DC_CABLE,
    AC_CABLE,
    COMBINER_BOX,
    GRID_TIE_CABINET,
    GROUNDING,
    MONITORING,
    TRANSFORMER,
    OTHER
}
