package com.huike.crm.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.customer.CustomerFigures.Count;
import com.huike.crm.customer.CustomerFigures.ProductSales;

/**
 * The dashboard of a viewer for a period: customer groups (now), the purchase structure
 * and key-account concentration (in the period: overall, then per region when the viewer
 * sees more than one), and when the figures were computed (they are live: read at
 * {@code computedAt}).
 */
public record Dashboard(LocalDate from, LocalDate to, int months, Instant computedAt, long customers,
		List<Count> grades, List<Count> dealStatuses, List<Count> classifications, List<ProductSales> products,
		KeyAccountConcentration overall, List<KeyAccountConcentration> regions) {

	/** The concentrations that pass a threshold: overall first, then the regions. */
	public List<KeyAccountConcentration> alerts() {
		java.util.List<KeyAccountConcentration> alerts = new java.util.ArrayList<>();
		if (overall.alert()) {
			alerts.add(overall);
		}
		regions.stream().filter(KeyAccountConcentration::alert).forEach(alerts::add);
		return alerts;
	}

}
