package org.solarpm.template;

/**
 * One item of a stage gate checklist, e.g. "filing certificate uploaded".
 *
 * @param documentRequired whether the item can only be ticked off with an uploaded document
 */
public record GateItemDef(String code, LocalizedText name, boolean documentRequired) {
}
