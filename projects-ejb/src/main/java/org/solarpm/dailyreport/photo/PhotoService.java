package org.solarpm.dailyreport.photo;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.solarpm.dailyreport.DailyReport;
import org.solarpm.dailyreport.DailyReportRepository;
import org.solarpm.dailyreport.DailyReportService;
import org.solarpm.dailyreport.ReportAccess;
import org.solarpm.dailyreport.ReportPhoto;
import org.solarpm.dailyreport.ReportStatus;
import org.solarpm.identity.Actor;
import org.solarpm.project.DocumentPolicy;
import org.solarpm.project.Project;
import org.solarpm.project.ProjectService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;

/**
 * Photos of daily reports. The type is judged by the first bytes (JPEG, PNG, WebP; 415 for
 * anything else, executables included) before anything is stored; the size while writing. Bytes
 * written by a transaction that does not commit are deleted again, and so are those of a deleted
 * photo once the deletion commits.
 */
@Stateless
public class PhotoService {

    /** A photo with the path of its bytes. */
    public record Content(ReportPhoto photo, Path path) {
    }

    @Inject
    DailyReportService reportService;

    @Inject
    DailyReportRepository reports;

    @Inject
    ProjectService projectService;

    @Inject
    PhotoStore store;

    @Inject
    CompanyClock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public ReportPhoto upload(Actor actor, long projectId, LocalDate date, String fileName, InputStream body) {
        DailyReport report = reportService.draftFor(actor, projectId, date);
        String name = DocumentPolicy.safeFileName(fileName);
        BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
        ImageType type = typeOf(in);
        PhotoStore.Stored stored = store.write(in);
        whenDone(status -> status != Status.STATUS_COMMITTED, stored.storageName());
        ExifReader.Metadata exif = ExifReader.Metadata.NONE;
        if (type == ImageType.JPEG) {
            try (InputStream file = Files.newInputStream(store.pathOf(stored.storageName()))) {
                exif = ExifReader.read(file, clock.zone());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ReportPhoto photo = new ReportPhoto(report.getId(), name, type.contentType(), stored.size(), stored.sha256(), stored.storageName(),
                exif.takenAt(), exif.latitude(), exif.longitude(), actor.id(), clock.now());
        reports.addPhoto(photo);
        return photo;
    }

    public Content content(Actor actor, long photoId) {
        ReportPhoto photo = reports.photo(photoId).orElseThrow(() -> DomainException.notFound("Photo"));
        DailyReport report = reports.find(photo.getReportId()).orElseThrow(() -> DomainException.notFound("Photo"));
        visibleProject(actor, report);
        return new Content(photo, store.pathOf(photo.getStorageName()));
    }

    /** Removes a photo of a report that is not approved yet (409 once approved). */
    public void delete(Actor actor, long photoId) {
        ReportPhoto photo = reports.photo(photoId).orElseThrow(() -> DomainException.notFound("Photo"));
        DailyReport report = reports.find(photo.getReportId()).orElseThrow(() -> DomainException.notFound("Photo"));
        Project project = visibleProject(actor, report);
        if (!ReportAccess.canFile(actor, project)) {
            throw DomainException.forbidden();
        }
        if (report.getStatus() == ReportStatus.APPROVED) {
            throw DomainException.conflict("error.dailyReport.photo.locked");
        }
        reports.removePhoto(photo);
        whenDone(status -> status == Status.STATUS_COMMITTED, photo.getStorageName());
    }

    private Project visibleProject(Actor actor, DailyReport report) {
        try {
            return projectService.get(actor, report.getProjectId());
        } catch (DomainException e) {
            throw DomainException.notFound("Photo");
        }
    }

    private static ImageType typeOf(BufferedInputStream in) {
        try {
            in.mark(ImageType.HEADER_BYTES);
            byte[] head = in.readNBytes(ImageType.HEADER_BYTES);
            in.reset();
            if (head.length == 0) {
                throw DomainException.invalid("file", "error.dailyReport.photo.empty");
            }
            return ImageType.of(head, head.length).orElseThrow(() -> new DomainException(DomainException.Kind.UNSUPPORTED_MEDIA,
                    "error.dailyReport.photo.type", ImageType.describe(head, head.length)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void whenDone(java.util.function.IntPredicate deleteIf, String storageName) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (deleteIf.test(status)) {
                    store.delete(storageName);
                }
            }
        });
    }
}
