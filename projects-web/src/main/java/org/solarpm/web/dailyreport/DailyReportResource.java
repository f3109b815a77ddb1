package org.solarpm.web.dailyreport;

import jakarta.inject.Inject;
import org.solarpm.reporting.DailyReportPdf;
import org.solarpm.web.export.Download;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.solarpm.dailyreport.DailyReportDetails;
import org.solarpm.dailyreport.DailyReportService;
import org.solarpm.dailyreport.ReportPhoto;
import org.solarpm.dailyreport.photo.PhotoService;
import org.solarpm.shared.CompanyClock;
import org.solarpm.shared.DomainException;
import org.solarpm.web.security.CurrentUser;

/**
 * A project's daily reports: the list, the report of a day (GET/PUT, ETag = version), submit,
 * review, copy the previous day and photo upload. {@code If-Match} with another version is 412;
 * a stale {@code version} in the body is 409.
 */
@Path("/projects/{id}/daily-reports")
@Produces(MediaType.APPLICATION_JSON)
public class DailyReportResource {

    private static final String DAY = "/{date: \\d{4}-\\d{2}-\\d{2}}";

    public record ListItem(LocalDate date, String status, String timeliness, BigDecimal installedKwp, int headcount,
                           BigDecimal delayHours, int incidents, DailyReportView.Person author) {
    }

    public record ReportList(List<ListItem> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    DailyReportService reports;

    @Inject
    PhotoService photos;

    @Inject
    CompanyClock clock;

    @GET
    public ReportList list(@PathParam("id") long projectId, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = Inputs.optionalDate(to, "to");
        end = end == null ? clock.today() : end;
        LocalDate start = Inputs.optionalDate(from, "from");
        start = start == null ? end.minusDays(30) : start;
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > 366) {
            throw DomainException.invalid("from", "error.field.range", end.minusDays(366), end);
        }
        var items = reports.list(currentUser.actor(), projectId, start, end).stream()
                .map(i -> new ListItem(i.date(), i.status(), i.timeliness(), Inputs.plain(i.installedKwp()), i.headcount(),
                        Inputs.plain(i.delayHours()), i.incidents(), new DailyReportView.Person(i.authorId(), i.authorName())))
                .toList();
        return new ReportList(items, items.size());
    }

    @GET
    @Path(DAY)
    public Response get(@PathParam("id") long projectId, @PathParam("date") String date) {
        return ok(reports.get(currentUser.actor(), projectId, Inputs.date(date, "date")));
    }

    @PUT
    @Path(DAY)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") long projectId, @PathParam("date") String date, @Valid @NotNull PutDailyReportRequest body,
                        @HeaderParam("If-Match") String ifMatch) {
        var actor = currentUser.actor();
        LocalDate day = Inputs.date(date, "date");
        var content = body.toContent();
        Integer version = version(ifMatch, body.version(), projectId, day);
        return ok(reports.put(actor, projectId, day, version, content));
    }

    @POST
    @Path(DAY + "/submit")
    public Response submit(@PathParam("id") long projectId, @PathParam("date") String date, SubmitDailyReportRequest body,
                           @HeaderParam("If-Match") String ifMatch) {
        LocalDate day = Inputs.date(date, "date");
        Integer version = version(ifMatch, body == null ? null : body.version(), projectId, day);
        return ok(reports.submit(currentUser.actor(), projectId, day, version));
    }

    @POST
    @Path(DAY + "/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(@PathParam("id") long projectId, @PathParam("date") String date, @Valid @NotNull ReviewDailyReportRequest body,
                           @HeaderParam("If-Match") String ifMatch) {
        LocalDate day = Inputs.date(date, "date");
        DailyReportService.Decision decision;
        try {
            decision = DailyReportService.Decision.valueOf(String.valueOf(body.decision()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("decision", "error.dailyReport.decision");
        }
        Integer version = version(ifMatch, body.version(), projectId, day);
        return ok(reports.review(currentUser.actor(), projectId, day, decision, body.comment(), version));
    }

    @POST
    @Path(DAY + "/copy-previous")
    public Response copyPrevious(@PathParam("id") long projectId, @PathParam("date") String date) {
        return ok(reports.copyPrevious(currentUser.actor(), projectId, Inputs.date(date, "date")));
    }

    @POST
    @Path(DAY + "/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long projectId, @PathParam("date") String date, List<EntityPart> parts) throws IOException {
        var actor = currentUser.actor();
        LocalDate day = Inputs.date(date, "date");
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
        if (file == null) {
            throw DomainException.invalid("file", "error.dailyReport.photo.missing");
        }
        String fileName = utf8(file.getFileName().orElse("photo"));
        try (InputStream in = file.getContent()) {
            ReportPhoto photo = photos.upload(actor, projectId, day, fileName, in);
            var view = DailyReportView.PhotoView.of(photo);
            return Response.created(URI.create(view.url())).entity(view).build();
        }
    }

    private Integer version(String ifMatch, Integer bodyVersion, long projectId, LocalDate day) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return bodyVersion;
        }
        int current = reports.get(currentUser.actor(), projectId, day).report().getVersion();
        if (!ifMatch.replace("W/", "").replace("\"", "").strip().equals(Integer.toString(current))) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "error.staleVersion");
        }
        return current;
    }

    private Response ok(DailyReportDetails details) {
        return Response.ok(DailyReportView.of(details, currentUser.locale()))
                .tag(new EntityTag(Integer.toString(details.report().getVersion()))).build();
    }

    /** Browsers send multipart file names as raw UTF-8 that arrives as ISO-8859-1 characters: read them back as UTF-8. */
    static String utf8(String headerValue) {
        if (headerValue.chars().anyMatch(c -> c > 0xFF)) {
            return headerValue;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(headerValue.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return headerValue;
        }
    }

    /** The report of a day as a PDF with photo thumbnails, watermarked for the reader; audited. */
    @GET
    @Path(DAY + ".pdf")
    @Produces(Download.PDF)
    public Response pdf(@PathParam("id") long projectId, @PathParam("date") String date) {
        var actor = currentUser.actor();
        LocalDate day = Inputs.date(date, "date");
        var file = dailyReportPdf.pdf(actor, projectId, day);
        return Download.of(file.bytes(), Download.PDF, file.fileName());
    }

    @Inject
    DailyReportPdf dailyReportPdf;
}
