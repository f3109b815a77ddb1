package org.solarpm.project;

import java.util.Locale;
import org.solarpm.template.StageCode;

/** The project lifecycle in order, with the terminal states CLOSED (after O&M handover) and LOST (a failed bid). */
public enum Stage {
    SURVEY("踏勘", "Site survey"),
    BID("投标签约", "Bid & contract"),
    FILING("备案/接入申请", "Filing & grid application"),
    DESIGN("设计", "Design"),
    PROCUREMENT("采购", "Procurement"),
    CONSTRUCTION("施工", "Construction"),
    COMMISSIONING("调试", "Commissioning"),
    GRID_CONNECTION("验收并网", "Acceptance & grid connection"),
    OM("运维", "O&M"),
    CLOSED("关闭", "Closed"),
    LOST("未中标/放弃", "Lost / abandoned");

    private final String nameZh;
    private final String nameEn;

    Stage(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String displayName(Locale locale) {
        return org.solarpm.shared.Messages.pick(locale, nameZh, nameEn);
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean isTerminal() {
        return this == CLOSED || this == LOST;
    }

    /** Finished projects: their contract value and cost are history a new bid can learn from. */
    public boolean isFinished() {
        return this == OM || this == CLOSED;
    }

    /** A bid can be lost or abandoned until construction starts. */
    public boolean canBeLost() {
        return ordinal() < CONSTRUCTION.ordinal();
    }

    public static Stage of(StageCode code) {
        return valueOf(code.name());
    }
}
