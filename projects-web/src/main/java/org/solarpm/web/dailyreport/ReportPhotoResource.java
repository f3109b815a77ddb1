package org.solarpm.web.dailyreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import org.solarpm.dailyreport.ReportPhoto;
import org.solarpm.dailyreport.photo.PhotoService;
import org.solarpm.web.security.CurrentUser;

/** A report photo's bytes (for whoever may see the project; 404 otherwise) and its deletion. */
@Path("/daily-report-photos")
public class ReportPhotoResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PhotoService photos;

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long photoId) {
        var content = photos.content(currentUser.actor(), photoId);
        ReportPhoto p = content.photo();
        StreamingOutput body = out -> Files.copy(content.path(), out);
        return Response.ok(body, p.getContentType())
                .header("Content-Length", p.getSizeBytes())
                .header("Content-Disposition", "inline; filename=\"photo-" + p.getId() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=86400")
                .header("ETag", "\"" + p.getSha256() + "\"")
                .build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long photoId) {
        photos.delete(currentUser.actor(), photoId);
        return Response.noContent().build();
    }
}
