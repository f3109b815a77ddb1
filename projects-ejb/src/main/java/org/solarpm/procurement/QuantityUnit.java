package org.solarpm.procurement;

import java.util.Arrays;
import java.util.Optional;

/** Units of quantities and of prices ("per W", "per pcs"), written as on Chinese purchase documents. */
public enum QuantityUnit {
    PCS("pcs"), M("m"), SET("set"), W("W"), KW("kW"), KWP("kWp"), T("t");

    private final String symbol;

    QuantityUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Parses "pcs", "PCS", "kWp", "块"/"片" ... ; empty if unknown. */
    public static Optional<QuantityUnit> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        switch (s) {
            case "块", "片", "台", "个", "只" -> { return Optional.of(PCS); }
            case "米" -> { return Optional.of(M); }
            case "套" -> { return Optional.of(SET); }
            case "瓦" -> { return Optional.of(W); }
            case "吨" -> { return Optional.of(T); }
            default -> { }
        }
        return Arrays.stream(values()).filter(u -> u.symbol.equalsIgnoreCase(s) || u.name().equalsIgnoreCase(s)).findFirst();
    }
}
