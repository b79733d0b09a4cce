package com.huike.crm.customer.web;

import java.time.LocalDate;
import java.util.Map;

import com.huike.crm.customer.CustomerUpdate;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The core fields of a customer as a whole, with the version they were read at (PUT).
 */
@Schema(name = "CustomerUpdate",
		description = "Replaces the core fields; absent optional fields are cleared. Refused with 409 when the "
				+ "version is no longer the saved one.")
record CustomerUpdateRequest(
		@Schema(description = "The version read with GET", example = "3",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{api.version.required}") Long version,
		@Schema(description = "姓名", example = "张三", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(
				message = "{customer.name.required}") @Size(max = 100, message = "{api.size.max}") String name,
		@Schema(description = "公司名称") @Size(max = 200, message = "{api.size.max}") String companyName,
		@Schema(description = "手机", example = "13912345678") @Pattern(regexp = "^$|^1[3-9]\\d{9}$",
				message = "{customer.mobile.invalid}") String mobilePhone,
		@Schema(description = "电话(公)", example = "021-12345678") @Pattern(
				regexp = "^$|^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$",
				message = "{customer.landline.invalid}") String officePhone,
		@Schema(description = "电话(宅)") @Pattern(regexp = "^$|^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$|^1[3-9]\\d{9}$",
				message = "{customer.landline.invalid}") String homePhone,
		@Schema(description = "等级 A–E, read only: when given it must be the current grade (a grade is decided "
				+ "with the four views and a follow-up, which also moves the next due date)") Grade grade,
		@Schema(description = "成交状态", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(
				message = "{customer.dealStatus.required}") DealStatus dealStatus,
		@Schema(description = "综合分类") @Size(max = 50, message = "{api.size.max}") String classification,
		@Schema(description = "出生日期 (not in the future)") LocalDate birthDate,
		@Schema(description = "生日按农历") Boolean birthLunar,
		@Schema(description = "Profile answers to change, keyed by the keys of mackay66.md (text, note and enum as "
				+ "strings, dates yyyy-MM-dd, numbers as numbers, yes/no as YES | NO | UNKNOWN, children as a list). "
				+ "Keys not given stay as they are; a key mapped to null clears the answer. The core fields above "
				+ "(name, phones, birthDate…) are not accepted here. Sensitive answers only from the owner and "
				+ "the owner's supervisor (403 otherwise).",
				example = "{\"nickname\":\"老张\",\"hobbies\":\"钓鱼\",\"drinks\":\"NO\"}") Map<String, Object> profile) {

	CustomerUpdate toCommand() {
		return new CustomerUpdate(version, name, companyName, mobilePhone, officePhone, homePhone, grade, dealStatus,
				classification, birthDate, Boolean.TRUE.equals(birthLunar), profile);
	}

}
