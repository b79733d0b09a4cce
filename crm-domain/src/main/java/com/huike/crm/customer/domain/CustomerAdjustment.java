package com.huike.crm.customer.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
public class CustomerAdjustment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

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

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Version
	private long version;

	public CustomerAdjustment(Long customerId, Long createdBy, LocalDate adjustmentDate, AdjustmentKind kind,
			String product, BigDecimal quantity, BigDecimal amount, String reason, Responsibility responsibility,
			String responsibilityNote) {
		this.customerId = PartValues.required(customerId, "customer");
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		revise(adjustmentDate, kind, product, quantity, amount, reason, responsibility, responsibilityNote, createdBy);
	}

	public void revise(LocalDate adjustmentDate, AdjustmentKind kind, String product, BigDecimal quantity,
			BigDecimal amount, String reason, Responsibility responsibility, String responsibilityNote, Long by) {
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
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	/** The fields as the history records them. */
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
