package org.solarpm.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A supplier of materials, with one contact. */
@Entity
@Table(name = "supplier")
@NamedQuery(name = Supplier.ALL, query = "SELECT s FROM Supplier s ORDER BY s.code")
@NamedQuery(name = Supplier.COUNT_ALL, query = "SELECT COUNT(s) FROM Supplier s")
@NamedQuery(name = Supplier.BY_CODE, query = "SELECT s FROM Supplier s WHERE s.code = :code")
public class Supplier {

    public static final String ALL = "Supplier.all";
    public static final String COUNT_ALL = "Supplier.countAll";
    public static final String BY_CODE = "Supplier.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Supplier() {
    }

    public Supplier(String code, String name, String contactName, String contactPhone, String contactEmail, Instant createdAt) {
        this.code = Objects.requireNonNull(code).strip();
        this.name = Objects.requireNonNull(name).strip();
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Supplier s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
