package org.solarpm.dailyreport;

import java.math.BigDecimal;

/** The day's weather on site, as the site lead saw it. All parts optional but the weather-delay flag. */
public record Weather(Condition condition, BigDecimal minTempC, BigDecimal maxTempC, Integer windLevel,
                      BigDecimal workableHours, boolean weatherDelay) {

    public enum Condition { SUNNY, CLOUDY, OVERCAST, LIGHT_RAIN, HEAVY_RAIN, SNOW, FOG, SANDSTORM }

    public static final Weather NONE = new Weather(null, null, null, null, null, false);

    public Weather {
        minTempC = Scales.one(minTempC);
        maxTempC = Scales.one(maxTempC);
        workableHours = Scales.one(workableHours);
    }
}
