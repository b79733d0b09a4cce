package com.huike.crm.demand.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

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
 * A customer wants goods that are out of stock: which product, how many, since when.
 */
@Entity
@Table(name = "demand_registration")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DemandRegistration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	/** The customer's current manager (kept in step when the customer is handed over). */
	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(name = "registered_by", nullable = false, updatable = false)
	private Long registeredBy;

	@Column(nullable = false)
	private String product;

	@Column(name = "product_key", nullable = false)
	private String productKey;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "requested_on", nullable = false)
	private LocalDate requestedOn;

	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DemandStatus status = DemandStatus.WAITING;

	@Column(name = "arrived_on")
	private LocalDate arrivedOn;

	@Column(name = "arrived_by")
	private Long arrivedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private Long closedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	public DemandRegistration(Long customerId, Long ownerId, String product, int quantity, LocalDate requestedOn,
			String note, Long registeredBy) {
		if (customerId == null || ownerId == null || registeredBy == null) {
			throw new IllegalArgumentException("a registration needs a customer, its manager and who registered it");
		}
		if (product == null || product.isBlank()) {
			throw new IllegalArgumentException("a registration needs a product");
		}
		if (quantity <= 0) {
			throw new IllegalArgumentException("the quantity is at least 1");
		}
		if (requestedOn == null) {
			throw new IllegalArgumentException("a registration needs the date of the request");
		}
		this.customerId = customerId;
		this.ownerId = ownerId;
		this.product = product.strip().replaceAll("\\s+", " ");
		this.productKey = keyOf(product);
		this.quantity = quantity;
		this.requestedOn = requestedOn;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.registeredBy = registeredBy;
		this.createdAt = Instant.now();
	}

	/**
	 * The product as registrations are grouped: trimmed, inner spaces collapsed, case
	 * ignored, full-width letters and digits folded to ASCII ("Ａ４纸" and "a4纸" are one).
	 */
	public static String keyOf(String product) {
		StringBuilder key = new StringBuilder();
		product.strip().codePoints().forEach(cp -> {
			if (cp >= 0xFF01 && cp <= 0xFF5E) {
				cp -= 0xFEE0;
			}
			else if (cp == 0x3000) {
				cp = ' ';
			}
			key.appendCodePoint(cp);
		});
		return key.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** The goods arrived: the manager now has to tell the customer. */
	public void arrive(LocalDate on, Long by) {
		if (status != DemandStatus.WAITING) {
			throw new DemandNotOpenException(id, status);
		}
		this.status = DemandStatus.ARRIVED;
		this.arrivedOn = on;
		this.arrivedBy = by;
	}

	/** The manager told the customer the goods are in: the registration is closed. */
	public void told(Long by, Instant at) {
		if (status != DemandStatus.ARRIVED) {
			throw new DemandNotOpenException(id, status);
		}
		close(DemandStatus.TOLD, by, at);
	}

	/** The customer no longer wants the goods. */
	public void cancel(Long by, Instant at) {
		if (!status.isOpen()) {
			throw new DemandNotOpenException(id, status);
		}
		close(DemandStatus.CANCELLED, by, at);
	}

	private void close(DemandStatus status, Long by, Instant at) {
		this.status = status;
		this.closedBy = by;
		this.closedAt = at;
	}

}
