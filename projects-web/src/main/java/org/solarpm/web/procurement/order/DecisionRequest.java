package org.solarpm.web.procurement.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of submit, approve, reject and order: the version the client saw, and for decisions a
 * comment ({@code reason}, required when rejecting).
 */
public record DecisionRequest(@NotNull Integer version, @Size(max = 1000) String comment, @Size(max = 1000) String reason) {
}
