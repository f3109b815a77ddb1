package org.solarpm.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRElementsVisitor;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRVisitorSupport;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextField;

/** Checks on the compiled templates themselves, and on the class path the tests run on. */
class TemplatesTest {

    private static JasperReport compiled(ReportName name) throws IOException, JRException {
        try (InputStream in = TemplatesTest.class.getResourceAsStream(name.compiledResource())) {
            assertThat(in).as(name.compiledResource()).isNotNull();
            return (JasperReport) JRLoader.loadObject(in);
        }
    }

    @Test
    void shouldSetEveryTextElementInSolarPmSans() throws Exception {
        for (ReportName name : ReportName.values()) {
            List<JRTextElement> texts = new ArrayList<>();
            JRElementsVisitor.visitReport(compiled(name), new JRVisitorSupport() {
                @Override
                public void visitTextField(JRTextField textField) {
                    texts.add(textField);
                }

                @Override
                public void visitStaticText(JRStaticText staticText) {
                    texts.add(staticText);
                }
            });

            assertThat(texts).as(name.name()).isNotEmpty()
                    .allSatisfy(text -> assertThat(text.getFontName()).as(name + " " + text.getUUID())
                            .isEqualTo("SolarPM Sans"));
        }
    }

    @Test
    void shouldDeclareTheWatermarkAndTheLabelsBundleInEveryTemplate() throws Exception {
        for (ReportName name : ReportName.values()) {
            JasperReport report = compiled(name);

            assertThat(Stream.of(report.getParameters()).map(JRParameter::getName)).as(name.name()).contains("WATERMARK");
            assertThat(report.getResourceBundle()).isEqualTo("org/solarpm/reports/labels");
        }
    }

    @Test
    void shouldHaveTheSameLabelKeysInChineseAndEnglish() {
        ResourceBundle chinese = ReportRenderer.labels(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle english = ReportRenderer.labels(Locale.ENGLISH);

        assertThat(english.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(chinese.getString("digest.title")).isEqualTo("每日经营简报");
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(chinese.keySet());
    }

    @Test
    void shouldRunTestsWithoutTheBuildTimeCompilerAndJrxmlReader() {
        // The WAR gets no ECJ and no Jackson; surefire leaves them out so that the tests prove
        // rendering does not need them.
        assertThatThrownBy(() -> Class.forName("org.eclipse.jdt.internal.compiler.Compiler"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
