package org.solarpm.procurement.imports;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A background import and its progress; kept in the database so any app instance can report it. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** Looked up once: the static factories of jakarta.json.Json search for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String PRICE_HISTORY = "PRICE_HISTORY";
    /** Errors kept for display; the count covers all of them. */
    public static final int MAX_STORED_ERRORS = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 32)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportMode mode;

    @Column(name = "file_name", length = 255)
    private String fileName;

    private int total;
    private int processed;
    private int inserted;
    private int duplicates;

    @Column(name = "error_count")
    private int errorCount;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String errors;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    public ImportJob(String kind, ImportMode mode, String fileName, long createdBy, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.mode = mode;
        this.fileName = fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length()));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ImportStatus.QUEUED;
    }

    public void progress(ImportStatus newStatus, int newTotal, int newProcessed) {
        this.status = newStatus;
        this.total = newTotal;
        this.processed = newProcessed;
    }

    /** Ends the job; strict mode with bad rows ends REJECTED with nothing inserted. Valid rows not inserted were duplicates. */
    public void finish(ImportStatus end, int rows, int validRows, int insertedRows, int errorTotal, List<RowError> firstErrors,
                       Instant at) {
        this.status = end;
        this.total = rows;
        if (end != ImportStatus.FAILED) {
            this.processed = rows;
        }
        this.inserted = insertedRows;
        this.duplicates = end == ImportStatus.COMPLETED ? Math.max(0, validRows - insertedRows) : 0;
        this.errorCount = errorTotal;
        this.errors = toJson(firstErrors);
        this.finishedAt = at;
    }

    static String toJson(List<RowError> list) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (RowError e : list.subList(0, Math.min(MAX_STORED_ERRORS, list.size()))) {
            JsonArrayBuilder args = JSON.createArrayBuilder();
            e.args().forEach(args::add);
            array.add(JSON.createObjectBuilder().add("row", e.row()).add("column", e.column()).add("field", e.field())
                    .add("key", e.key()).add("args", args));
        }
        return array.build().toString();
    }

    public List<RowError> errorList() {
        if (errors == null || errors.isBlank()) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(errors))) {
            JsonArray array = reader.readArray();
            List<RowError> list = new ArrayList<>(array.size());
            for (JsonValue v : array) {
                JsonObject o = v.asJsonObject();
                list.add(new RowError(o.getInt("row"), o.getString("column"), o.getString("field"), o.getString("key"),
                        o.getJsonArray("args").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()));
            }
            return list;
        }
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public ImportMode getMode() {
        return mode;
    }

    public String getFileName() {
        return fileName;
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed;
    }

    public int getInserted() {
        return inserted;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ImportJob j && Objects.equals(id, j.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
