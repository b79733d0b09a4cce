package com.huike.crm.customer;

/**
 * A profile ready for the {@code customer} row: the non-sensitive answers as JSON (column
 * {@code profile}), the encrypted sensitive answers (column {@code sensitive_profile},
 * {@code null} when there are none) and the completeness (0–100).
 */
public record EncodedProfile(String profileJson, String sensitiveCipher, int completeness) {

}
