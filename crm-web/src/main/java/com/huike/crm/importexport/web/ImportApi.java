package com.huike.crm.importexport.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.identity.Viewer;
import com.huike.crm.importexport.CustomerImportService;
import com.huike.crm.importexport.ImportFiles;
import com.huike.crm.importexport.ImportView;
import com.huike.crm.importexport.domain.ImportBatchRepository.ImportBatchSummary;
import com.huike.crm.importexport.domain.ImportDecision;
import com.huike.crm.importexport.domain.ImportKind;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.ApiPaging;
import com.huike.crm.shared.web.PageResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Customer imports (导入) as JSON, with the same rules as the pages: upload (the preview
 * comes back), decide on the duplicates, start, follow the progress, fetch the error
 * file.
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = "application/json")
@Tag(name = "Imports", description = "导入: customer archives from .xlsx and .csv files, checked row by row")
class ImportApi {

	private final CustomerImportService imports;

	private final ImportFiles files;

	ImportApi(CustomerImportService imports, ImportFiles files) {
		this.imports = imports;
		this.files = files;
	}

	@GetMapping
	@Operation(operationId = "listImports", summary = "Imports I may see",
			description = "The newest first, without their rows: a manager's own, a supervisor's and their team's, "
					+ "the administrator's all.")
	@ApiResponse(responseCode = "200", description = "One page of imports")
	PageResource<ImportBatchSummary> list(Viewer viewer,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Rows per page (1–100)") @RequestParam(defaultValue = "20") int size) {
		return PageResource.of(imports.list(viewer, ApiPaging.pageable(page, size, ApiPaging.MAX_SIZE)));
	}

	@PostMapping(consumes = "multipart/form-data")
	@Operation(operationId = "uploadImport", summary = "Upload a file of customers or transactions and check it",
			description = "A file of customers (`kind` CUSTOMERS, the default) or of the purchases and returns of "
					+ "existing customers (`kind` TRANSACTIONS: customer code or mobile, date, type 购买/退货, product, "
					+ "model/spec, quantity, unit price, amount), as an .xlsx or .csv file (UTF-8 with or without BOM, or GBK: detected, or given as `charset`) "
					+ "of at most 20 MB, its first row the headers of the template (GET /api/v1/imports/template?kind=…). "
					+ "Every row is checked; the answer is the preview: each problem with its row, column and reason, "
					+ "and the rows that match an existing archive or an earlier row. Nothing is written to the archive "
					+ "until the import is started. A file that cannot be imported as a whole (not a spreadsheet, "
					+ "password-protected, unknown headers, imported already…) is a 400 naming `file`.")
	@ApiResponse(responseCode = "201", description = "Checked; Location names the import")
	ResponseEntity<ImportView> upload(
			@Parameter(description = "The file") @RequestPart(name = "file", required = false) MultipartFile file,
			@Parameter(description = "What the file holds: CUSTOMERS or TRANSACTIONS") @RequestParam(
					defaultValue = "CUSTOMERS") String kind,
			@Parameter(description = "The encoding of a CSV file: AUTO, UTF_8 or GBK") @RequestParam(
					defaultValue = "AUTO") String charset,
			@Parameter(
					description = "A store's registration sheet: the archives are to be verified (待核实)") @RequestParam(
							defaultValue = "false") boolean registrationSheet,
			Viewer viewer) throws IOException {
		if (file == null) {
			throw new RuleViolationException("file", "import.file.required");
		}
		if (!java.util.Set.of("AUTO", "UTF_8", "GBK").contains(charset)) {
			throw new RuleViolationException("charset", "api.parameter.invalid", "charset");
		}
		Long id = imports.upload(ImportUploadForm.kindOf(kind), file.getOriginalFilename(), file.getBytes(), charset,
				registrationSheet, viewer);
		return ResponseEntity.created(URI.create("/api/v1/imports/" + id)).body(imports.get(id, viewer));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getImport", summary = "One import: its preview, decisions and progress",
			description = "The counts, the first 500 problems and duplicates with what will be done with each, the "
					+ "status (PREVIEWED, RUNNING, DONE, FAILED) and, while running, the rows done so far.")
	@ApiResponse(responseCode = "200", description = "The import")
	ImportView get(@Parameter(description = "Import id") @PathVariable Long id, Viewer viewer) {
		return imports.get(id, viewer);
	}

	@PutMapping(path = "/{id}/decisions", consumes = "application/json")
	@Operation(operationId = "decideImportDuplicates", summary = "What to do with the duplicate rows",
			description = "One choice for all duplicates (SKIP, UPDATE the existing archive — the changes land in its "
					+ "history — or CREATE anyway) and choices per row by the row's number in the file. An earlier "
					+ "row of the file is no archive yet: UPDATE skips such a row. Only the uploader decides, before "
					+ "the import starts.")
	@ApiResponse(responseCode = "200", description = "The import with the decisions")
	ImportView decide(@Parameter(description = "Import id") @PathVariable Long id,
			@Valid @RequestBody DecisionsRequest request, Viewer viewer) {
		imports.decide(id, request.defaultDecision(), (request.rows() != null) ? request.rows() : Map.of(), viewer);
		return imports.get(id, viewer);
	}

	@PostMapping("/{id}/start")
	@Operation(operationId = "startImport", summary = "Start the import",
			description = "Writes the good rows in the background, all or nothing; follow it with GET "
					+ "/api/v1/imports/{id}. The same file is not imported twice by the same user (400 naming `file`); "
					+ "an import that ran already is a 409.")
	@ApiResponse(responseCode = "202", description = "Started")
	ResponseEntity<ImportView> start(@Parameter(description = "Import id") @PathVariable Long id, Viewer viewer) {
		imports.start(id, viewer);
		return ResponseEntity.accepted().body(imports.get(id, viewer));
	}

	@GetMapping(path = "/{id}/errors", produces = { ListExports.XLSX, "application/json" })
	@Operation(operationId = "getImportErrors", summary = "The bad rows as a file",
			description = "An .xlsx file of the rows that have problems: their original columns and 错误原因 "
					+ "(the reasons), to fix and upload again.")
	@ApiResponse(responseCode = "200", description = "The error file",
			content = @Content(mediaType = ListExports.XLSX, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<StreamingResponseBody> errors(@Parameter(description = "Import id") @PathVariable Long id,
			Viewer viewer, Locale locale) {
		ImportView view = imports.get(id, viewer);
		return ImportController.xlsx(view.fileName().replaceFirst("\\.[^.]+$", "") + "-errors",
				out -> files.writeErrors(id, viewer, locale, out));
	}

	@GetMapping(path = "/template", produces = { ListExports.XLSX, "application/json" })
	@Operation(operationId = "getImportTemplate", summary = "The import template",
			description = "An .xlsx file with the usual columns and an example row, and a second sheet of every "
					+ "column an import takes (for customers the archive's fields by their Chinese labels) with how to "
					+ "fill it in.")
	@ApiResponse(responseCode = "200", description = "The template",
			content = @Content(mediaType = ListExports.XLSX, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<StreamingResponseBody> template(
			@Parameter(description = "What the file holds: CUSTOMERS or TRANSACTIONS") @RequestParam(
					defaultValue = "CUSTOMERS") String kind,
			Viewer viewer, Locale locale) {
		ImportKind what = ImportUploadForm.kindOf(kind);
		return ImportController.xlsx("import-template-" + what.name().toLowerCase(Locale.ROOT),
				out -> files.writeTemplate(what, viewer, locale, out));
	}

	/** The choices for the duplicates: one for all, and per row number. */
	record DecisionsRequest(
			@Schema(description = "For every duplicate row without a choice of its own",
					example = "SKIP") @NotNull(message = "{import.decision.required}") ImportDecision defaultDecision,
			@Schema(description = "Choices per row, by the row's number in the file",
					example = "{\"5\": \"UPDATE\"}") Map<Integer, ImportDecision> rows) {
	}

}
