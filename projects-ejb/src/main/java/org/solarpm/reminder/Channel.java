package org.solarpm.reminder;

/** How a delivery leaves SolarPM. The in-app inbox is written directly and needs no delivery. */
public enum Channel {
    EMAIL, DINGTALK, WEBHOOK
}
