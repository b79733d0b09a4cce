package com.huike.crm.visitplan.web;

import java.util.Locale;
import java.util.Map;

import com.huike.crm.shared.web.PdfRenderer;
import com.huike.crm.visitplan.DailyList;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The day's list as a PDF download, for the page and the API alike: the print view's own
 * template, named after the manager and the day.
 */
@Component
class DailyListPdf {

	private final PdfRenderer pdf;

	private final MessageSource messages;

	DailyListPdf(PdfRenderer pdf, MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
	}

	ResponseEntity<byte[]> download(DailyList list, Locale locale) {
		String name = this.messages.getMessage("visitplan.day.pdfName",
				new Object[] { list.managerName(), list.day().toString() }, locale);
		return this.pdf.download("visitplans/print", Map.of("list", list), locale, name);
	}

}
