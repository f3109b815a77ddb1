package org.solarpm.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/** A branch office (分公司); projects and users belong to one. */
@Entity
@Table(name = "branch")
@NamedQuery(name = Branch.ALL, query = "SELECT b FROM Branch b ORDER BY b.code")
@NamedQuery(name = Branch.BY_CODE, query = "SELECT b FROM Branch b WHERE b.code = :code")
public class Branch {

    public static final String ALL = "Branch.all";
    public static final String BY_CODE = "Branch.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Branch() {
    }

    public Branch(String code, String nameZh, String nameEn) {
        this.code = code;
        rename(nameZh, nameEn);
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return org.solarpm.shared.Messages.pick(locale, nameZh, nameEn);
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Branch b && id != null && id.equals(b.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
