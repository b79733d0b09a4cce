package com.huike.crm.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A routing rule: a complaint of this category, about this product, from this region goes
 * to this department. An empty condition holds for every complaint; rules are tried in
 * position order and the first that holds wins.
 */
@Entity
@Table(name = "complaint_routing_rule")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RoutingRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Column(name = "category_id")
	private Long categoryId;

	private String product;

	private String region;

	@Column(name = "department_id", nullable = false)
	private Long departmentId;

	@Version
	private long version;

	public RoutingRule(int position, Long categoryId, String product, String region, Long departmentId) {
		change(position, categoryId, product, region, departmentId);
	}

	public void change(int position, Long categoryId, String product, String region, Long departmentId) {
		this.position = position;
		this.categoryId = categoryId;
		this.product = blankToNull(product);
		this.region = blankToNull(region);
		this.departmentId = java.util.Objects.requireNonNull(departmentId, "departmentId");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
