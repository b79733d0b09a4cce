package com.huike.crm.importexport.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.identity.Viewer;
import com.huike.crm.importexport.CustomerImportService;
import com.huike.crm.importexport.ImportFiles;
import com.huike.crm.importexport.domain.ImportKind;
import com.huike.crm.importexport.ImportView;
import com.huike.crm.shared.RuleViolationException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 导入: upload a spreadsheet, read its preview (problems and duplicates), decide on the
 * duplicates, start the import and follow its progress; the template, the sample file and
 * the error file.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	private final CustomerImportService imports;

	private final ImportFiles files;

	private final MessageSource messages;

	private final Clock clock;

	ImportController(CustomerImportService imports, ImportFiles files, MessageSource messages, Clock clock) {
		this.imports = imports;
		this.files = files;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("kinds")
	String[] kinds() {
		return java.util.Arrays.stream(ImportKind.values()).map(Enum::name).toArray(String[]::new);
	}

	@ModelAttribute("charsets")
	String[] charsets() {
		return new String[] { "AUTO", "UTF_8", "GBK" };
	}

	@GetMapping
	String list(@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("upload", new ImportUploadForm(null, "AUTO", false));
		return prepareList(pageable, viewer, model);
	}

	private String prepareList(Pageable pageable, Viewer viewer, Model model) {
		var page = imports.list(viewer, pageable);
		model.addAttribute("imports", page);
		model.addAttribute("uploaders", imports.uploaderNames(page));
		model.addAttribute("mayImport", CustomerImportService.mayImport(viewer));
		return "imports/list";
	}

	/**
	 * Reads and checks the file; its preview follows. A file refused as a whole comes
	 * back to the form with the reason, the choices kept.
	 */
	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute("upload") ImportUploadForm upload, Viewer viewer, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		Long id;
		try {
			if (file == null
					|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				throw new RuleViolationException("file", "import.file.required");
			}
			id = imports.upload(ImportUploadForm.kindOf(upload.kind()), file.getOriginalFilename(), file.getBytes(),
					upload.charset(), Boolean.TRUE.equals(upload.registrationSheet()), viewer);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("fileError", messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
			return prepareList(Pageable.ofSize(20), viewer, model);
		}
		redirect.addFlashAttribute("flash", "import.flash.uploaded");
		return "redirect:/imports/" + id;
	}

	/**
	 * The import: its preview, decisions and start, or its progress; an htmx request (the
	 * progress bar polling) gets only the {@code progress} fragment.
	 */
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Viewer viewer, Model model, HtmxRequest htmx) {
		ImportView view = imports.get(id, viewer);
		model.addAttribute("batch", view);
		model.addAttribute("allDecisions", new String[] { "SKIP", "UPDATE", "CREATE" });
		model.addAttribute("fileDecisions", new String[] { "SKIP", "CREATE" });
		return htmx.isHtmxRequest() ? "imports/detail :: progress" : "imports/detail";
	}

	@PostMapping("/{id}/decisions")
	String decide(@PathVariable Long id, @RequestParam Map<String, String> form, Viewer viewer,
			RedirectAttributes redirect) {
		try {
			ImportDecisions decisions = ImportDecisions.of(form);
			imports.decide(id, decisions.all(), decisions.rows(), viewer);
			redirect.addFlashAttribute("flash", "import.flash.decided");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
			redirect.addFlashAttribute("flashWarningArgs", ex.getArguments());
		}
		return "redirect:/imports/" + id;
	}

	/** Keeps the choices on the page, then starts the import. */
	@PostMapping("/{id}/start")
	String start(@PathVariable Long id, @RequestParam Map<String, String> form, Viewer viewer,
			RedirectAttributes redirect) {
		try {
			ImportDecisions decisions = ImportDecisions.of(form);
			if (decisions.all() != null) {
				imports.decide(id, decisions.all(), decisions.rows(), viewer);
			}
			imports.start(id, viewer);
			redirect.addFlashAttribute("flash", "import.flash.started");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
			redirect.addFlashAttribute("flashWarningArgs", ex.getArguments());
		}
		return "redirect:/imports/" + id;
	}

	@GetMapping("/{id}/errors")
	ResponseEntity<StreamingResponseBody> errors(@PathVariable Long id, Viewer viewer, Locale locale) {
		ImportView view = imports.get(id, viewer);
		String base = view.fileName().replaceFirst("\\.[^.]+$", "");
		return xlsx(base + "-" + messages.getMessage("import.column.error", null, locale),
				out -> files.writeErrors(id, viewer, locale, out));
	}

	@GetMapping("/template")
	ResponseEntity<StreamingResponseBody> template(@RequestParam(required = false) String kind, Viewer viewer,
			Locale locale) {
		ImportKind what = ImportUploadForm.kindOf(kind);
		String name = (what == ImportKind.TRANSACTIONS) ? messages.getMessage("import.tx.template.file", null, locale)
				: messages.getMessage("import.template.sheet", null, locale) + "-"
						+ messages.getMessage("import.template.file", null, locale);
		return xlsx(name, out -> files.writeTemplate(what, viewer, locale, out));
	}

	@GetMapping("/sample")
	ResponseEntity<StreamingResponseBody> sample(Viewer viewer, Locale locale) {
		return xlsx(messages.getMessage("import.sample.file", null, locale) + "-" + LocalDate.now(clock),
				out -> files.writeSample(viewer, locale, out));
	}

	static ResponseEntity<StreamingResponseBody> xlsx(String name, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ListExports.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
