package org.solarpm.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;

class RecordDataSourceTest {

    private record Line(String materialName, BigDecimal amount) {
    }

    public static final class Bean {
        public String getMaterialName() {
            return "逆变器";
        }

        public boolean isApproved() {
            return true;
        }
    }

    private static JRDesignField field(String name) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        return field;
    }

    @Test
    void shouldReadRecordComponentsRowByRowAndRewind() throws JRException {
        RecordDataSource source = new RecordDataSource(List.of(
                new Line("光伏组件", new BigDecimal("1.50")), new Line("支架", BigDecimal.TEN)));

        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("materialName"))).isEqualTo("光伏组件");
        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("amount"))).isEqualTo(BigDecimal.TEN);
        assertThat(source.next()).isFalse();
        source.moveFirst();
        assertThat(source.next()).isTrue();
        assertThat(source.getFieldValue(field("amount"))).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void shouldGiveTheRowItselfForThis() throws JRException {
        byte[] photo = {1, 2, 3};
        RecordDataSource source = new RecordDataSource(List.of(photo));

        source.next();

        assertThat(source.getFieldValue(field("_THIS"))).isSameAs(photo);
    }

    @Test
    void shouldReadBeanGetters() throws JRException {
        RecordDataSource source = new RecordDataSource(List.of(new Bean()));

        source.next();

        assertThat(source.getFieldValue(field("materialName"))).isEqualTo("逆变器");
        assertThat(source.getFieldValue(field("approved"))).isEqualTo(true);
    }

    @Test
    void shouldNameTheRowTypeWhenAFieldIsUnknown() {
        RecordDataSource source = new RecordDataSource(List.of(new Line("支架", BigDecimal.ONE)));
        source.next();

        assertThatThrownBy(() -> source.getFieldValue(field("materialCode")))
                .isInstanceOf(JRException.class)
                .hasMessageContaining("materialCode")
                .hasMessageContaining(Line.class.getName());
    }

    @Test
    void shouldTreatNullRowsAsEmpty() {
        assertThat(new RecordDataSource(null).next()).isFalse();
    }
}
