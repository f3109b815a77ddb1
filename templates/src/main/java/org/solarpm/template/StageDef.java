package org.solarpm.template;

import java.util.List;

/**
 * A lifecycle stage with the checklist that must be complete before the project leaves it.
 */
public record StageDef(StageCode code, LocalizedText name, List<GateItemDef> gateItems) {

    public StageDef {
        gateItems = gateItems == null ? List.of() : List.copyOf(gateItems);
    }
}
