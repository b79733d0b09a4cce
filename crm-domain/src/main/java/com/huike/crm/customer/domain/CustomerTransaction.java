package com.huike.crm.customer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.huike.crm.shared.domain.CustomerEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Part 3 of the archive (交易状况): one purchase of the customer, with the product's model,
 * colour and style as the seed's registration form (每次购买产品的登记表) asks.
 */
@Entity
@Table(name = "customer_transaction")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustomerTransaction extends CustomerEntry {

	@Column(name = "transaction_date", nullable = false)
	private LocalDate transactionDate;

	@Column(nullable = false)
	private String product;

	private String model;

	@Column(name = "colour_style")
	private String colourStyle;

	@Column(nullable = false)
	private BigDecimal quantity;

	@Column(name = "unit_price", nullable = false)
	private BigDecimal unitPrice;

	@Column(nullable = false)
	private BigDecimal amount;

	private String note;

	public CustomerTransaction(Long customerId, LocalDate transactionDate, String product, String model,
			String colourStyle, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String note) {
		super(customerId);
		revise(transactionDate, product, model, colourStyle, quantity, unitPrice, amount, note);
	}

	/** Quantity times unit price, to the fen. */
	public static BigDecimal amountOf(BigDecimal quantity, BigDecimal unitPrice) {
		return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Changes the entry. The amount must be what quantity and unit price make; a null
	 * amount is computed from them.
	 */
	public void revise(LocalDate transactionDate, String product, String model, String colourStyle, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal amount, String note) {
		this.transactionDate = PartValues.required(transactionDate, "transaction date");
		this.product = PartValues.required(product, "product");
		this.model = PartValues.blankToNull(model);
		this.colourStyle = PartValues.blankToNull(colourStyle);
		this.quantity = PartValues.positiveQuantity(quantity, "quantity");
		this.unitPrice = PartValues.money(unitPrice, "unit price", true);
		BigDecimal expected = amountOf(this.quantity, this.unitPrice);
		if (amount != null && PartValues.money(amount, "amount", true).compareTo(expected) != 0) {
			throw new IllegalArgumentException("amount " + amount + " is not quantity times unit price " + expected);
		}
		this.amount = expected;
		this.note = PartValues.blankToNull(note);
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", PartValues.text(transactionDate));
		fields.put("product", product);
		fields.put("model", model);
		fields.put("colourStyle", colourStyle);
		fields.put("quantity", PartValues.text(quantity));
		fields.put("unitPrice", PartValues.text(unitPrice));
		fields.put("amount", PartValues.text(amount));
		fields.put("note", note);
		return fields;
	}

}
