package com.huike.crm.importexport.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Customer imports through the API: every row checked (problems by row, column and reason
 * in Chinese), duplicates of archives and of earlier rows decided, the good rows written
 * with their search keys, the bad ones back as a file; xlsx, csv UTF-8 with and without
 * BOM and csv GBK; the files refused as a whole; scope.
 */
class CustomerImportTests extends WebIntegrationTest {

	static final RequestPostProcessor SUPERVISOR1 = user("supervisor1").roles("SUPERVISOR");

	static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	static final RequestPostProcessor MANAGER2 = user("manager2").roles("MANAGER");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final List<String> HEADERS = List.of("姓名*", "公司名称", "手机", "客户经理", "客户等级", "出生年月日");

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Test
	void anXlsxFileIsCheckedRowByRowAndOnlyItsGoodRowsAreImported() throws Exception {
		String existingMobile = "16610001111";
		Long existing = customers.create(
				new NewCustomer("导入已有客户", "已有商行", existingMobile, null, null, null, null, null), viewer("manager1"));
		List<List<Object>> rows = List.of(List.of("欧阳导入甲", "甲商行", "16610002001", "manager1", "B", "1980-05-06"),
				List.of("欧阳导入乙", "乙商行", "1661000200", "manager1", "C", "1980/5/6"),
				List.of("欧阳导入丙", "丙商行", "16610002003", "王经理", "Z", "1980-02-30"),
				List.of("导入已有客户新名", "已有商行二", existingMobile, "manager1", "", ""),
				List.of("欧阳导入丁", "丁商行", "16610002001", "manager2", "", "1979年3月1日"),
				List.of("欧阳导入戊", "戊商行", "16610002005", "manager3", "A", ""));
		byte[] file = xlsx(HEADERS, rows, true);

		JsonNode preview = upload("客户资料.xlsx", file, SUPERVISOR1, "AUTO", false);
		assertThat(preview.get("status").asString()).isEqualTo("PREVIEWED");
		assertThat(preview.get("totalRows").asInt()).isEqualTo(7);
		// row 3 (bad mobile), row 4 (bad grade, bad date), row 7 (manager3 is not
		// supervisor1's), row 8 (formula)
		List<String> problems = new ArrayList<>();
		preview.get("problems")
			.forEach(p -> problems
				.add(p.get("row").asInt() + ":" + p.get("column").asString() + ":" + p.get("key").asString()));
		assertThat(problems).contains("3:手机:profile.error.mobile", "4:客户等级:import.error.grade",
				"4:出生年月日:profile.error.date", "7:客户经理:import.error.ownerUnknown", "8:手机:import.error.formula");
		assertThat(preview.get("badRows").asInt()).isEqualTo(4);
		// row 5 matches the existing archive by mobile, row 6 the file's row 2
		JsonNode duplicates = preview.get("duplicates");
		assertThat(duplicates).hasSize(2);
		assertThat(duplicates.get(0).get("row").asInt()).isEqualTo(5);
		assertThat(duplicates.get(0).get("customerId").asLong()).isEqualTo(existing);
		assertThat(duplicates.get(0).get("match").asString()).isEqualTo("MOBILE");
		assertThat(duplicates.get(1).get("row").asInt()).isEqualTo(6);
		assertThat(duplicates.get(1).get("ofRow").asInt()).isEqualTo(2);
		long id = preview.get("id").asLong();
		assertThat(jdbc.queryForObject("select count(*) from customer where name like '欧阳导入%'", Long.class))
			.as("nothing written before the start")
			.isZero();

		mvc.perform(put("/api/v1/imports/{id}/decisions", id).contentType("application/json")
			.content("{\"defaultDecision\":\"SKIP\",\"rows\":{\"5\":\"UPDATE\"}}")
			.with(SUPERVISOR1)
			.with(csrf())).andExpect(status().isOk());
		JsonNode done = startAndWait(id, SUPERVISOR1);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("createdCount").asInt()).isEqualTo(1);
		assertThat(done.get("updatedCount").asInt()).isEqualTo(1);
		assertThat(done.get("skippedCount").asInt()).isEqualTo(1);

		// the new archive has its grade, birthday and search keys: found by pinyin
		// initials
		assertThat(jdbc.queryForMap("""
				select c.grade, c.birth_date::text as birth, u.username as owner, c.import_batch_id
				  from customer c join app_user u on u.id = c.owner_id where c.name = '欧阳导入甲'"""))
			.containsEntry("grade", "B")
			.containsEntry("birth", "1980-05-06")
			.containsEntry("owner", "manager1")
			.containsEntry("import_batch_id", id);
		assertThat(customers
			.search(new CustomerQuery("oydrj", null, null, null, null, null, null, null, null, null),
					viewer("manager1"), PageRequest.of(0, 10))
			.getContent()).extracting("name").contains("欧阳导入甲");
		// its search terms written once each (after the rows, not by the row trigger),
		// and
		// the updated archive's kept in step by the update trigger
		for (String name : List.of("欧阳导入甲", "导入已有客户新名")) {
			assertThat(jdbc.queryForObject("""
					select count(*) from customer_search_term s join customer c on c.id = s.customer_id
					 where c.name = ? and s.owner_id = c.owner_id and s.name_pinyin = c.name_pinyin""", Long.class,
					name))
				.as(name)
				.isEqualTo(jdbc.queryForObject(
						"select count(distinct t) from customer c, unnest(c.search_terms) t where c.name = ?",
						Long.class, name))
				.isEqualTo(jdbc.queryForObject("select count(*) from customer_search_term s join customer c"
						+ " on c.id = s.customer_id where c.name = ?", Long.class, name));
		}
		// the update went through the archive's history
		assertThat(jdbc.queryForObject("select name from customer where id = ?", String.class, existing))
			.isEqualTo("导入已有客户新名");
		assertThat(jdbc.queryForObject("select count(*) from customer_change where customer_id = ? and field = 'name'",
				Long.class, existing))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from customer where name = '欧阳导入丁'", Long.class)).isZero();

		// the error file: the original columns plus 错误原因, the four bad rows
		MvcResult errors = mvc.perform(get("/api/v1/imports/{id}/errors", id).with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andReturn();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(errors))
			.andExpect(status().isOk());
		List<List<String>> errorRows = read(errors.getResponse().getContentAsByteArray());
		assertThat(errorRows.get(0)).as("the headers as uploaded")
			.containsExactly("姓名*", "公司名称", "手机", "客户经理", "客户等级", "出生年月日", "错误原因");
		assertThat(errorRows).hasSize(5);
		assertThat(errorRows.get(1).get(0)).isEqualTo("欧阳导入乙");
		assertThat(errorRows.get(1).get(6)).contains("手机");
		assertThat(errorRows.get(2).get(6)).contains("客户等级").contains("出生年月日");
	}

	@Test
	void aFileOfMoreRowsThanABatchIsWrittenWholeAndEveryRowIsFoundBySearch() throws Exception {
		StringBuilder csv = new StringBuilder("姓名,公司名称,手机\n");
		int rows = 1_234;
		for (int i = 0; i < rows; i++) {
			csv.append("批量导入")
				.append(i)
				.append(",批量商行")
				.append(i)
				.append(",1663")
				.append(String.format("%07d", i))
				.append('\n');
		}
		JsonNode preview = upload("批量.csv", csv.toString().getBytes(StandardCharsets.UTF_8), MANAGER1, "UTF_8", false);
		assertThat(preview.get("goodRows").asInt()).isEqualTo(rows);
		JsonNode done = startAndWait(preview.get("id").asLong(), MANAGER1);
		assertThat(done.get("createdCount").asInt()).isEqualTo(rows);
		assertThat(jdbc.queryForObject("select count(*) from customer where import_batch_id = ?", Long.class,
				preview.get("id").asLong()))
			.isEqualTo(rows);
		assertThat(jdbc.queryForObject("""
				select count(*) from customer_search_term s join customer c on c.id = s.customer_id
				 where c.import_batch_id = ?""", Long.class, preview.get("id").asLong())).isEqualTo(
				jdbc.queryForObject("select sum(cardinality(search_terms)) from customer where import_batch_id = ?",
						Long.class, preview.get("id").asLong()));
		// the last row of the last batch, by its mobile number and by its name
		assertThat(customers
			.search(new CustomerQuery("16630001233", null, null, null, null, null, null, null, null, null),
					viewer("manager1"), PageRequest.of(0, 10))
			.getContent()).extracting("name").containsExactly("批量导入1233");
		assertThat(customers
			.search(new CustomerQuery("批量导入1233", null, null, null, null, null, null, null, null, null),
					viewer("manager1"), PageRequest.of(0, 10))
			.getContent()).extracting("name").contains("批量导入1233");
	}

	@Test
	void csvInUtf8WithAndWithoutBomAndInGbkReadsTheSameRows() throws Exception {
		String csv = "姓名,公司名称,手机,客户等级\r\n编码测试甲,\"甲, 有限公司\",16610003001,A\r\n编码测试乙,乙商行,12345,B\r\n";
		byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		// (each file its own mobile numbers: the second would otherwise be a duplicate of
		// the first)
		byte[] gbk = csv.replace("编码测试", "国标测试").replace("16610003001", "16610003003").getBytes(Charset.forName("GBK"));
		byte[] bomFile = new String(bom, StandardCharsets.UTF_8).replace("编码测试", "带签名测试")
			.replace("16610003001", "16610003002")
			.getBytes(StandardCharsets.UTF_8);
		for (Object[] file : new Object[][] { { "utf8.csv", utf8, "UTF-8", "编码测试甲" },
				{ "bom.csv", bomFile, "UTF-8", "带签名测试甲" }, { "gbk.csv", gbk, "GBK", "国标测试甲" } }) {
			JsonNode preview = upload((String) file[0], (byte[]) file[1], MANAGER1, "AUTO", false);
			assertThat(preview.get("charset").asString()).as((String) file[0]).isEqualTo(file[2]);
			assertThat(preview.get("totalRows").asInt()).isEqualTo(2);
			assertThat(preview.get("badRows").asInt()).isEqualTo(1);
			assertThat(preview.get("problems").get(0).get("row").asInt()).isEqualTo(3);
			JsonNode done = startAndWait(preview.get("id").asLong(), MANAGER1);
			assertThat(done.get("createdCount").asInt()).isEqualTo(1);
			assertThat(jdbc.queryForObject("select company_name from customer where name = ?", String.class, file[3]))
				.isEqualTo("甲, 有限公司");
		}
		// chosen: a GBK file read as UTF-8 is refused with the reason
		JsonNode refused = refused("gbk2.csv", csv.replace("编码测试", "选择测试").getBytes(Charset.forName("GBK")), "UTF_8");
		assertThat(refused.toString()).contains("UTF-8");
	}

	@Test
	void filesThatAreNoSpreadsheetOrCannotBeTrustedAreRefusedWithTheReason() throws Exception {
		assertThat(refused("empty.xlsx", new byte[0], "AUTO").toString()).contains("空");
		byte[] garbage = new byte[1 << 20];
		new Random(7).nextBytes(garbage);
		assertThat(refused("garbage.xlsx", garbage, "AUTO").toString()).contains("不是表格文件");
		assertThat(refused("old.xls", xls(), "AUTO").toString()).contains(".xls");
		assertThat(refused("secret.xlsx", encrypted(xlsx(HEADERS, List.of(List.of("加密客户")), false)), "AUTO").toString())
			.contains("密码");
		assertThat(refused("bomb.xlsx", zipBomb(), "AUTO").toString()).contains("压缩炸弹");
		assertThat(
				refused("wrong.csv", "名字,电话号码\n张三,16610000000\n".getBytes(StandardCharsets.UTF_8), "AUTO").toString())
			.contains("不认识的表头")
			.contains("名字");
		byte[] once = xlsx(HEADERS, List.of(List.of("只导入一次", "", "16610004001", "manager1")), false);
		long id = upload("once.xlsx", once, MANAGER1, "AUTO", false).get("id").asLong();
		startAndWait(id, MANAGER1);
		assertThat(refused("again.xlsx", once, "AUTO").toString()).contains("已经导入过");
	}

	@Test
	void aManagerImportsIntoTheirOwnBookOnlyAndTheCallCenterImportsNothing() throws Exception {
		byte[] file = xlsx(HEADERS,
				List.of(List.of("越权导入", "", "16610005001", "manager1"), List.of("本人导入", "", "16610005002", "")), false);
		JsonNode preview = upload("scope.xlsx", file, MANAGER2, "AUTO", false);
		assertThat(preview.get("problems").get(0).get("key").asString()).isEqualTo("import.error.ownerUnknown");
		startAndWait(preview.get("id").asLong(), MANAGER2);
		assertThat(jdbc.queryForObject("select owner_id from customer where name = '本人导入'", Long.class))
			.isEqualTo(identity.userIdOf("manager2").orElseThrow());
		// another manager sees neither the import nor its file
		mvc.perform(get("/api/v1/imports/{id}", preview.get("id").asLong()).with(MANAGER1))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "x.xlsx", XLSX, file))
			.with(user("agent1").roles("AGENT"))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void rowsOfARegistrationSheetWaitForVerificationUntilTheOwnerConfirms() throws Exception {
		byte[] file = xlsx(HEADERS, List.of(List.of("登记表客户", "登记商行", "16610006001", "manager1")), false);
		JsonNode preview = upload("登记表.xlsx", file, SUPERVISOR1, "AUTO", true);
		startAndWait(preview.get("id").asLong(), SUPERVISOR1);
		Long id = jdbc.queryForObject("select id from customer where name = '登记表客户'", Long.class);
		assertThat(jdbc.queryForObject("select pending_verification from customer where id = ?", Boolean.class, id))
			.isTrue();
		String list = mvc.perform(get("/customers/pending-verification").with(MANAGER1))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("登记表客户");
		mvc.perform(post("/customers/{id}/verify", id).with(MANAGER2).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/customers/{id}/verify", id).with(MANAGER1).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select pending_verification from customer where id = ?", Boolean.class, id))
			.isFalse();
	}

	// --- helpers ---

	Viewer viewer(String username) {
		return identity.viewer(username).orElseThrow();
	}

	JsonNode upload(String name, byte[] content, RequestPostProcessor who, String charset, boolean sheet)
			throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, XLSX, content))
				.param("charset", charset)
				.param("registrationSheet", String.valueOf(sheet))
				.with(who)
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	JsonNode refused(String name, byte[] content, String charset) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, XLSX, content))
				.param("charset", charset)
				.header("Accept-Language", "zh-CN")
				.with(MANAGER1)
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(name).isEqualTo(400);
		JsonNode problem = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
		return problem;
	}

	JsonNode startAndWait(long id, RequestPostProcessor who) throws Exception {
		return startAndWait(mvc, json, id, who);
	}

	/** Starts the import and waits (at most 30 s) for it to end. */
	static JsonNode startAndWait(MockMvc mvc, ObjectMapper json, long id, RequestPostProcessor who) throws Exception {
		mvc.perform(post("/api/v1/imports/{id}/start", id).with(who).with(csrf())).andExpect(status().isAccepted());
		for (int i = 0; i < 300; i++) {
			JsonNode view = json.readTree(mvc.perform(get("/api/v1/imports/{id}", id).with(who))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			String status = view.get("status").asString();
			if (status.equals("DONE") || status.equals("FAILED")) {
				return view;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + id + " did not end");
	}

	/** An .xlsx file; with a formula, the last row's mobile is a formula. */
	static byte[] xlsx(List<String> headers, List<List<Object>> rows, boolean formula) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("客户");
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(headers.get(i));
			}
			int r = 1;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(String.valueOf(values.get(i)));
				}
			}
			if (formula) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("公式客户");
				row.createCell(2).setCellFormula("16610000000+1");
				row.createCell(3).setCellValue("manager1");
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static List<List<String>> read(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add((row.getCell(i) != null) ? row.getCell(i).toString() : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	static byte[] xls() throws Exception {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("客户").createRow(0).createCell(0).setCellValue("姓名");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] encrypted(byte[] xlsx) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream os = encryptor.getDataStream(fs)) {
				os.write(xlsx);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/** A real workbook whose sheet unpacks from a few hundred KB to 300 MB of blanks. */
	static byte[] zipBomb() throws Exception {
		byte[] template = xlsx(HEADERS, List.of(List.of("炸弹")), false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					int at = xml.indexOf("<sheetData>");
					zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
					byte[] blanks = new byte[1 << 20];
					java.util.Arrays.fill(blanks, (byte) ' ');
					for (int i = 0; i < 300; i++) {
						zip.write(blanks);
					}
					zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
