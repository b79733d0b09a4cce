package com.huike.crm.customer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.huike.crm.shared.domain.CustomerEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Part 4 of the archive (退赔、折价情况): a return, compensation or discount, with its reason
 * and the responsibility finding (责任鉴定). A return names the quantity returned;
 * responsibility "other" must be explained.
 */
@Entity
@Table(name = "customer_adjustment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustomerAdjustment extends CustomerEntry {

	@Column(name = "adjustment_date", nullable = false)
	private LocalDate adjustmentDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AdjustmentKind kind;

	@Column(nullable = false)
	private String product;

	private BigDecimal quantity;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Responsibility responsibility;

	@Column(name = "responsibility_note")
	private String responsibilityNote;

	public CustomerAdjustment(Long customerId, LocalDate adjustmentDate, AdjustmentKind kind, String product,
			BigDecimal quantity, BigDecimal amount, String reason, Responsibility responsibility,
			String responsibilityNote) {
		super(customerId);
		revise(adjustmentDate, kind, product, quantity, amount, reason, responsibility, responsibilityNote);
	}

	public void revise(LocalDate adjustmentDate, AdjustmentKind kind, String product, BigDecimal quantity,
			BigDecimal amount, String reason, Responsibility responsibility, String responsibilityNote) {
		this.adjustmentDate = PartValues.required(adjustmentDate, "adjustment date");
		this.kind = PartValues.required(kind, "adjustment kind");
		this.product = PartValues.required(product, "product");
		if (kind == AdjustmentKind.RETURN && quantity == null) {
			throw new IllegalArgumentException("a return names the quantity returned");
		}
		this.quantity = (quantity != null) ? PartValues.positiveQuantity(quantity, "quantity") : null;
		this.amount = PartValues.money(amount, "amount", false);
		this.reason = PartValues.required(reason, "reason");
		this.responsibility = PartValues.required(responsibility, "responsibility");
		this.responsibilityNote = PartValues.blankToNull(responsibilityNote);
		if (responsibility == Responsibility.OTHER && this.responsibilityNote == null) {
			throw new IllegalArgumentException("responsibility OTHER must be explained");
		}
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", PartValues.text(adjustmentDate));
		fields.put("kind", PartValues.text(kind));
		fields.put("product", product);
		fields.put("quantity", PartValues.text(quantity));
		fields.put("amount", PartValues.text(amount));
		fields.put("reason", reason);
		fields.put("responsibility", PartValues.text(responsibility));
		fields.put("responsibilityNote", responsibilityNote);
		return fields;
	}

}
