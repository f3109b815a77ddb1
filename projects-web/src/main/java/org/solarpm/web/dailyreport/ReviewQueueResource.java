package org.solarpm.web.dailyreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.solarpm.dailyreport.DailyReportService;
import org.solarpm.web.Paging;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /daily-reports/review-queue}: submitted reports waiting for the caller's review, oldest first. */
@Path("/daily-reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    public record QueueItem(long projectId, String projectCode, String projectName, LocalDate date, String status, String timeliness,
                            DailyReportView.Person author, Instant submittedAt) {
    }

    public record Queue(List<QueueItem> items, long total) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    DailyReportService reports;

    @GET
    @Path("/review-queue")
    public Queue queue(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        var result = reports.reviewQueue(currentUser.actor(), paging.page(), paging.size());
        return new Queue(result.items().stream().map(q -> new QueueItem(q.projectId(), q.projectCode(), q.projectName(), q.date(), q.status(),
                q.timeliness(), new DailyReportView.Person(q.authorId(), q.authorName()), q.submittedAt())).toList(), result.total());
    }
}
