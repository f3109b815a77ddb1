package org.solarpm.web.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.solarpm.project.DocumentService;
import org.solarpm.project.ProjectDocument;
import org.solarpm.shared.DomainException;
import org.solarpm.web.security.CurrentUser;

/** Project documents: list, and multipart upload (form field {@code file}). */
@Path("/projects/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    public record DocumentView(long id, long projectId, String fileName, String contentType, long sizeBytes, String sha256,
                               Instant uploadedAt, String contentUrl) {
        static DocumentView of(ProjectDocument d) {
            return new DocumentView(d.getId(), d.getProjectId(), d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getSha256(),
                    d.getUploadedAt(), "documents/" + d.getId() + "/content");
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    @GET
    public List<DocumentView> list(@PathParam("id") long projectId) {
        return documents.list(currentUser.actor(), projectId).stream().map(DocumentView::of).toList();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long projectId, List<EntityPart> parts) throws IOException {
        var actor = currentUser.actor();
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
        if (file == null) {
            throw DomainException.invalid("file", "error.document.missing");
        }
        String fileName = utf8(file.getFileName().orElseThrow(() -> DomainException.invalid("file", "error.document.fileName")));
        try (InputStream in = file.getContent()) {
            ProjectDocument document = documents.upload(actor, projectId, fileName, in);
            return Response.created(URI.create("documents/" + document.getId() + "/content")).entity(DocumentView.of(document)).build();
        }
    }

    /**
     * Browsers send the multipart file name as raw UTF-8 bytes, which the container hands over as
     * ISO-8859-1 characters: "备案证.pdf" arrives as "å¤æ¡è¯.pdf". Re-read such names as UTF-8.
     */
    public static String utf8(String headerValue) {
        if (headerValue.chars().anyMatch(c -> c > 0xFF)) {
            return headerValue;
        }
        byte[] raw = headerValue.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return headerValue;
        }
    }
}
