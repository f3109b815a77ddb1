package org.solarpm.web.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on a card. */
public record CommentRequest(@NotBlank @Size(max = 4000) String body) {
}
