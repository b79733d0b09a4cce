package com.huike.crm.importexport.web;

/**
 * The upload form's choices (the file itself comes as its own part): the encoding of a
 * CSV file ({@code AUTO}, {@code UTF_8}, {@code GBK}) and whether the file is a store's
 * registration sheet (待核实).
 */
record ImportUploadForm(String charset, Boolean registrationSheet) {

	ImportUploadForm {
		charset = (charset == null || charset.isBlank()) ? "AUTO" : charset;
	}

}
