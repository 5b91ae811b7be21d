package org.callsheet.logic.classification;

import java.math.BigDecimal;
import org.callsheet.logic.classification.rules.RfmSegment;

/** One cell of the RFM segment grid: customers in the segment and their 12-month revenue. */
public record SegmentSummary(RfmSegment segment, long customers, BigDecimal revenue) {
}
