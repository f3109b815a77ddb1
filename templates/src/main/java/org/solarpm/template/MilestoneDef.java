package org.solarpm.template;

/**
 * A milestone planned at a fixed offset from the project's planned start.
 *
 * @param key whether it is a key milestone (shown on executive dashboards, reminded about)
 */
public record MilestoneDef(String code, LocalizedText name, StageCode stage, int offsetDays, boolean key) {
}
