package com.huike.crm.customer.web;

import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The essentials of a new customer, as the JSON API takes them.
 */
@Schema(name = "CustomerCreate", description = "A new customer; the rest of the archive is filled afterwards")
record CustomerCreateRequest(
		@Schema(description = "姓名", example = "张三", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(
				message = "{customer.name.required}") @Size(max = 100, message = "{api.size.max}") String name,
		@Schema(description = "公司名称") @Size(max = 200, message = "{api.size.max}") String companyName,
		@Schema(description = "手机, 11 digits 1[3-9]…", example = "13912345678") @Pattern(regexp = "^$|^1[3-9]\\d{9}$",
				message = "{customer.mobile.invalid}") String mobilePhone,
		@Schema(description = "电话(公), with area code", example = "021-12345678") @Pattern(
				regexp = "^$|^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$",
				message = "{customer.landline.invalid}") String officePhone,
		@Schema(description = "等级 A–E (default D)") Grade grade,
		@Schema(description = "成交状态 (default POTENTIAL)") DealStatus dealStatus,
		@Schema(description = "综合分类") @Size(max = 50, message = "{api.size.max}") String classification,
		@Schema(description = "客户经理 (user id); default: the caller") Long ownerId) {

	NewCustomer toCommand() {
		return new NewCustomer(name, companyName, mobilePhone, officePhone, (grade != null) ? grade : Grade.D,
				(dealStatus != null) ? dealStatus : DealStatus.POTENTIAL, classification, ownerId);
	}

}
