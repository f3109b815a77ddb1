package org.solarpm.web.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.solarpm.project.DocumentService;
import org.solarpm.project.ProjectDocument;
import org.solarpm.web.security.CurrentUser;

/** {@code GET /documents/{id}/content}: the bytes of a project document, for members of its project only (404 otherwise). */
@Path("/documents")
public class DocumentContentResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long documentId) {
        var content = documents.content(currentUser.actor(), documentId);
        ProjectDocument d = content.document();
        StreamingOutput body = out -> Files.copy(content.path(), out);
        String encoded = URLEncoder.encode(d.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, d.getContentType())
                .header("Content-Disposition", "attachment; filename=\"document-" + d.getId() + "\"; filename*=UTF-8''" + encoded)
                .header("Content-Length", d.getSizeBytes())
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + d.getSha256() + "\"")
                .build();
    }
}
