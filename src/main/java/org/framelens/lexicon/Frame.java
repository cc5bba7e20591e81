package org.framelens.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A frame of a taxonomy: an identifiable framing device.
 *
 * @param id stable identifier ({@code [a-z][a-z0-9_]*})
 * @param label human-readable name
 * @param parent id of the parent frame, or {@code null} for a top-level frame
 * @param threshold document score in (0, 1] at which the frame is reported present
 * @param description what the frame asserts (may be empty)
 */
public record Frame(String id, String label, String parent, double threshold, String description) {
  public Frame {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(description, "description");
    checkArgument(
        threshold > 0 && threshold <= 1, "threshold of frame %s not in (0,1]: %s", id, threshold);
  }
}
