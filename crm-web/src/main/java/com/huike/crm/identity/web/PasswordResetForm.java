package com.huike.crm.identity.web;

import com.huike.crm.identity.UserService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice.
 */
record PasswordResetForm(
		@NotBlank(message = "{admin.user.password.required}") @Size(min = UserService.MIN_PASSWORD_LENGTH,
				message = "{admin.user.password.tooShort}") String newPassword,
		String confirmPassword) {

	static PasswordResetForm empty() {
		return new PasswordResetForm("", "");
	}

	public boolean confirmed() {
		return newPassword != null && newPassword.equals(confirmPassword);
	}

}
