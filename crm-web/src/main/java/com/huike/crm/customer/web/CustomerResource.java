package com.huike.crm.customer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.huike.crm.customer.CustomerDetails;
import com.huike.crm.customer.CustomerSummary;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A customer as the JSON API shows it. Call-center users get only id, code, name, phones
 * and owner; absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Customer", description = "A customer archive (客户档案); fields the caller may not see are absent")
record CustomerResource(@Schema(example = "42") Long id,
		@Schema(description = "客户编码", example = "KH2026000042") String code,
		@Schema(description = "姓名", example = "张三") String name,
		@Schema(description = "公司名称", example = "杭州建国商贸有限公司") String companyName,
		@Schema(description = "手机", example = "13912345678") String mobilePhone,
		@Schema(description = "电话(公)", example = "0571-87654321") String officePhone,
		@Schema(description = "电话(宅)") String homePhone, @Schema(description = "客户经理") Owner owner,
		@Schema(description = "等级 A–E") Grade grade,
		@Schema(description = "成交状态: CLOSED 已成交, NEGOTIATING 正在谈判, POTENTIAL 潜在") DealStatus dealStatus,
		@Schema(description = "综合分类", example = "便利店") String classification,
		@Schema(description = "出生日期") LocalDate birthDate, @Schema(description = "生日按农历") Boolean birthLunar,
		@Schema(description = "档案完整度 0–100 (share of the 66 questions answered)") Integer completeness,
		Instant createdAt, @Schema(description = "最后一次实际修改") Instant updatedAt,
		@Schema(description = "Version for optimistic locking: send it back with PUT") Long version,
		@Schema(description = "The 66-question profile keyed by the keys of mackay66.md") Map<String, Object> profile) {

	static CustomerResource of(CustomerDetails c) {
		Owner owner = new Owner(c.ownerId(), c.ownerName());
		if (!c.access().canReadArchive()) {
			return new CustomerResource(c.id(), c.code(), c.name(), null, c.mobilePhone(), c.officePhone(),
					c.homePhone(), owner, null, null, null, null, null, null, null, null, null, null);
		}
		return new CustomerResource(c.id(), c.code(), c.name(), c.companyName(), c.mobilePhone(), c.officePhone(),
				c.homePhone(), owner, c.grade(), c.dealStatus(), c.classification(), c.birthDate(), c.birthLunar(),
				c.completeness(), c.createdAt(), c.updatedAt(), c.version(), null);
	}

	static CustomerResource of(CustomerSummary c) {
		return new CustomerResource(c.id(), c.code(), c.name(), c.companyName(), c.mobilePhone(), c.officePhone(), null,
				new Owner(c.ownerId(), c.ownerName()), c.grade(), c.dealStatus(), c.classification(), null, null,
				(c.grade() != null) ? c.completeness() : null, null, c.updatedAt(), null, null);
	}

	CustomerResource withProfile(Map<String, Object> profile) {
		return new CustomerResource(id, code, name, companyName, mobilePhone, officePhone, homePhone, owner, grade,
				dealStatus, classification, birthDate, birthLunar, completeness, createdAt, updatedAt, version,
				profile);
	}

	/** The owning customer manager. */
	@Schema(name = "CustomerOwner")
	record Owner(@Schema(example = "3") Long id, @Schema(example = "王经理") String name) {

	}

}
