package org.callsheet.ui.funnel;

import java.util.Optional;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.FunnelFilter;

/** The funnel of the chosen period and owner, and of the period of the same length before it (when the period has both ends). */
public record FunnelComparison(FunnelFilter filter, FunnelFigures current, Optional<FunnelFigures> previous) {
}
