package org.solarpm.dailyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** Workers of one trade and company on site that day. A value: equal when all parts are equal. */
@Embeddable
public class ManpowerLine {

    public enum Trade { INSTALLER, ELECTRICIAN, CIVIL, PILING, LABOURER, SUPERVISOR, OTHER }

    @Enumerated(EnumType.STRING)
    @Column(name = "trade", nullable = false, length = 16)
    private Trade trade;

    @Column(name = "company", length = 200)
    private String company;

    @Column(name = "headcount", nullable = false)
    private int headcount;

    @Column(name = "hours", nullable = false, precision = 8, scale = 1)
    private BigDecimal hours;

    protected ManpowerLine() {
    }

    public ManpowerLine(Trade trade, String company, int headcount, BigDecimal hours) {
        this.trade = Objects.requireNonNull(trade);
        this.company = Scales.text(company);
        this.headcount = headcount;
        this.hours = Scales.one(hours == null ? BigDecimal.ZERO : hours);
    }

    /** The same crew with nothing counted yet ("copy yesterday"). */
    public ManpowerLine zeroed() {
        return new ManpowerLine(trade, company, 0, BigDecimal.ZERO);
    }

    public Trade trade() {
        return trade;
    }

    public String company() {
        return company;
    }

    public int headcount() {
        return headcount;
    }

    public BigDecimal hours() {
        return hours;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManpowerLine m && trade == m.trade && Objects.equals(company, m.company) && headcount == m.headcount
                && Scales.one(hours).equals(Scales.one(m.hours));
    }

    @Override
    public int hashCode() {
        return Objects.hash(trade, company, headcount);
    }
}
