package com.huike.crm.care.web;

import jakarta.validation.constraints.Size;

/**
 * Why a care task is skipped (optional).
 */
record CareTaskSkipForm(@Size(max = 500, message = "{care.task.note.tooLong}") String note, String returnTo) {
}
