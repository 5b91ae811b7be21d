package org.callsheet.logic.funnel;

import org.callsheet.model.Opportunity;

/** An opportunity as lists and the board show it: with its customer's name and external id (or uid). */
public record OpportunityRow(Opportunity opportunity, String customerName, String customerKey) {
}
