import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the import benchmark's rows (bench/import-bench.sh): N customers of manager1 as an .xlsx
 * file of the template's columns, and the same rows as a CSV of customer-table columns for COPY.
 * Deterministic: row i always holds the same customer.
 *
 *   java -cp <poi jars> bench/java/ImportFile.java ROWS OUT.xlsx OUT.csv OWNER_ID
 */
public class ImportFile {

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
			"郭", "何", "林", "罗", "高", "欧阳", "司马", "诸葛", "上官" };

	static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
			"秀英", "华", "平", "刚", "桂英", "建国", "海燕", "晓东", "志强", "丽娟" };

	static final String[] SHOPS = { "烟酒店", "便利店", "超市", "副食店", "商行", "小卖部", "名烟名酒" };

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(args[0]);
		long owner = Long.parseLong(args[3]);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
				OutputStream out = new FileOutputStream(args[1]);
				BufferedWriter csv = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
			Sheet sheet = workbook.createSheet("客户资料");
			String[] headers = { "姓名", "公司名称", "手机", "客户经理", "客户等级", "出生年月日", "职称", "公司地址", "身高(厘米)" };
			Row head = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				head.createCell(c).setCellValue(headers[c]);
			}
			for (int i = 0; i < rows; i++) {
				String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]
						+ GIVEN[(i / 7) % GIVEN.length];
				String company = name.substring(0, 1) + "记" + SHOPS[i % SHOPS.length] + (i / 100);
				String mobile = "139" + String.format("%08d", i);
				String grade = String.valueOf("ABCDE".charAt(i % 5));
				String birth = String.format("%d-%02d-%02d", 1950 + i % 50, 1 + i % 12, 1 + i % 28);
				String address = "幸福路" + (i % 999 + 1) + "号";
				String height = String.valueOf(150 + i % 40);
				Row row = sheet.createRow(i + 1);
				String[] cells = { name, company, mobile, "manager1", grade, birth, "店主", address, height };
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
				// code, name, company_name, mobile_phone, owner_id, grade, deal_status, birth_date, profile,
				// completeness, created_at, updated_at
				csv.write("COPY" + String.format("%09d", i) + "," + name + "," + company + "," + mobile + "," + owner
						+ "," + grade + ",POTENTIAL," + birth + ",\"{\"\"jobTitle\"\":\"\"店主\"\",\"\"companyAddress\"\":\"\""
						+ address + "\"\"}\",6,now,now\n");
			}
			workbook.write(out);
		}
	}

}
