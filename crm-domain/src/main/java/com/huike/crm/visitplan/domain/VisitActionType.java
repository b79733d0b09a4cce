package com.huike.crm.visitplan.domain;

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
 * A kind of service action (营销动作) the administrator keeps: 拜访, 品牌推介, 订货提醒, 陈列检查, 政策宣传,
 * 客户关怀 to begin with. A kind no longer in use is deactivated, never deleted: old plans
 * keep naming it.
 */
@Entity
@Table(name = "visit_action_type")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VisitActionType {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean active = true;

	@Version
	private long version;

	public VisitActionType(String name, String nameEn, int position) {
		rename(name, nameEn);
		this.position = position;
	}

	public void rename(String name, String nameEn) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an action type needs a name");
		}
		this.name = name.strip();
		this.nameEn = (nameEn == null || nameEn.isBlank()) ? this.name : nameEn.strip();
	}

	public void activate(boolean active) {
		this.active = active;
	}

}
