package com.huike.crm.customer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin of a person's name, read the way Chinese surnames are read: 单 is "shan", 曾
 * "zeng", 解 "xie", 尉迟 "yuchi". Each syllable keeps its other readings too, so a user who
 * types the everyday reading ("dan" for 单) still finds the customer.
 * <p>
 * A name is split into syllables: one per Chinese character, one per run of Latin letters
 * or digits ("王Tony" is {@code wang tony}); punctuation and spaces only separate.
 */
public final class NamePinyin {

	/**
	 * Two-character surnames (复姓) and how they are read; a name starting with one of
	 * these has a two-character surname.
	 */
	private static final Map<String, String[]> COMPOUND_SURNAMES = Map.ofEntries(Map.entry("欧阳", r("ou", "yang")),
			Map.entry("司马", r("si", "ma")), Map.entry("上官", r("shang", "guan")), Map.entry("诸葛", r("zhu", "ge")),
			Map.entry("东方", r("dong", "fang")), Map.entry("皇甫", r("huang", "fu")), Map.entry("令狐", r("ling", "hu")),
			Map.entry("慕容", r("mu", "rong")), Map.entry("尉迟", r("yu", "chi")), Map.entry("万俟", r("mo", "qi")),
			Map.entry("长孙", r("zhang", "sun")), Map.entry("单于", r("chan", "yu")), Map.entry("公孙", r("gong", "sun")),
			Map.entry("夏侯", r("xia", "hou")), Map.entry("宇文", r("yu", "wen")), Map.entry("澹台", r("tan", "tai")),
			Map.entry("呼延", r("hu", "yan")), Map.entry("轩辕", r("xuan", "yuan")), Map.entry("端木", r("duan", "mu")),
			Map.entry("司徒", r("si", "tu")), Map.entry("司空", r("si", "kong")), Map.entry("申屠", r("shen", "tu")),
			Map.entry("闻人", r("wen", "ren")), Map.entry("西门", r("xi", "men")), Map.entry("南宫", r("nan", "gong")),
			Map.entry("赫连", r("he", "lian")), Map.entry("独孤", r("du", "gu")), Map.entry("太史", r("tai", "shi")),
			Map.entry("钟离", r("zhong", "li")), Map.entry("公冶", r("gong", "ye")), Map.entry("濮阳", r("pu", "yang")),
			Map.entry("淳于", r("chun", "yu")), Map.entry("拓跋", r("tuo", "ba")), Map.entry("百里", r("bai", "li")),
			Map.entry("第五", r("di", "wu")), Map.entry("乐正", r("yue", "zheng")), Map.entry("左丘", r("zuo", "qiu")),
			Map.entry("梁丘", r("liang", "qiu")), Map.entry("亓官", r("qi", "guan")), Map.entry("公良", r("gong", "liang")));

	/**
	 * Single-character surnames whose surname reading differs from the character's most
	 * common one (多音字姓氏).
	 */
	private static final Map<Character, String> SURNAMES = Map.ofEntries(Map.entry('单', "shan"), Map.entry('曾', "zeng"),
			Map.entry('解', "xie"), Map.entry('区', "ou"), Map.entry('仇', "qiu"), Map.entry('朴', "piao"),
			Map.entry('查', "zha"), Map.entry('盖', "ge"), Map.entry('乐', "yue"), Map.entry('覃', "qin"),
			Map.entry('翟', "zhai"), Map.entry('尉', "wei"), Map.entry('缪', "miao"), Map.entry('召', "shao"),
			Map.entry('员', "yun"), Map.entry('句', "gou"), Map.entry('种', "chong"), Map.entry('秘', "bi"),
			Map.entry('褚', "chu"), Map.entry('重', "chong"), Map.entry('沈', "shen"), Map.entry('黑', "he"),
			Map.entry('任', "ren"), Map.entry('华', "hua"), Map.entry('宁', "ning"), Map.entry('折', "she"),
			Map.entry('能', "nai"), Map.entry('阚', "kan"), Map.entry('隗', "wei"), Map.entry('石', "shi"),
			Map.entry('郇', "xun"), Map.entry('繁', "po"), Map.entry('都', "du"), Map.entry('祭', "zhai"),
			Map.entry('长', "chang"), Map.entry('朝', "chao"), Map.entry('莘', "shen"), Map.entry('贲', "ben"),
			Map.entry('谌', "chen"), Map.entry('厍', "she"), Map.entry('柏', "bai"), Map.entry('薄', "bo"),
			Map.entry('曲', "qu"), Map.entry('訾', "zi"), Map.entry('洗', "xian"), Map.entry('车', "che"),
			Map.entry('殷', "yin"), Map.entry('费', "fei"), Map.entry('万', "wan"), Map.entry('那', "na"),
			Map.entry('乜', "nie"), Map.entry('佴', "nai"), Map.entry('於', "yu"), Map.entry('藏', "zang"),
			Map.entry('芮', "rui"), Map.entry('隽', "juan"), Map.entry('逄', "pang"), Map.entry('占', "zhan"));

	/**
	 * Characters of given names whose usual reading is not the first one pinyin4j lists.
	 */
	private static final Map<Character, String> GIVEN_NAME_READINGS = Map.of('长', "chang", '朴', "pu", '率', "shuai", '缪',
			"miao", '覃', "qin", '曾', "zeng");

	/** At most this many spellings of a whole name are kept for searching. */
	private static final int MAX_VARIANTS = 12;

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	private static final Pattern LETTERS = Pattern.compile("[a-z]+");

	/**
	 * pinyin4j's answers by character; a bulk load asks for the same characters again and
	 * again.
	 */
	private static final Map<Character, String[]> READINGS = new ConcurrentHashMap<>();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	/** Per syllable its readings, the preferred one first. */
	private final List<List<String>> syllables;

	/** How many syllables the surname has (2 for 欧阳, 尉迟…). */
	private final int surnameLength;

	private NamePinyin(List<List<String>> syllables, int surnameLength) {
		this.syllables = syllables;
		this.surnameLength = surnameLength;
	}

	/** Reads a person's name, its first character(s) as the surname. */
	public static NamePinyin ofName(String name) {
		return read(name, true);
	}

	/** Reads any text (a company, a query) without surname rules. */
	public static NamePinyin ofText(String text) {
		return read(text, false);
	}

	private static NamePinyin read(String text, boolean surnameFirst) {
		List<List<String>> out = new ArrayList<>();
		if (text == null) {
			return new NamePinyin(out, 0);
		}
		String t = normalize(text);
		int i = 0;
		boolean surnameDone = !surnameFirst;
		int surnameLength = 1;
		while (i < t.length()) {
			int cp = t.codePointAt(i);
			int width = Character.charCount(cp);
			if (isHan(cp)) {
				if (!surnameDone && i + 2 <= t.length() && COMPOUND_SURNAMES.containsKey(t.substring(i, i + 2))) {
					String[] surname = COMPOUND_SURNAMES.get(t.substring(i, i + 2));
					out.add(withPreferred(surname[0], readings(t.charAt(i))));
					out.add(withPreferred(surname[1], readings(t.charAt(i + 1))));
					surnameLength = 2;
					i += 2;
				}
				else {
					String[] readings = (width == 1) ? readings(t.charAt(i)) : new String[0];
					String preferred = null;
					if (width == 1) {
						preferred = (!surnameDone) ? SURNAMES.get(t.charAt(i)) : GIVEN_NAME_READINGS.get(t.charAt(i));
					}
					if (readings.length == 0) {
						// a character pinyin4j does not know: keep it so the key still
						// sorts
						out.add(List.of(t.substring(i, i + width)));
					}
					else {
						out.add(withPreferred(preferred, readings));
					}
					i += width;
				}
				surnameDone = true;
			}
			else if (Character.isLetterOrDigit(cp)) {
				int end = i;
				while (end < t.length() && Character.isLetterOrDigit(t.codePointAt(end))
						&& !isHan(t.codePointAt(end))) {
					end += Character.charCount(t.codePointAt(end));
				}
				out.add(List.of(t.substring(i, end).toLowerCase(Locale.ROOT)));
				surnameDone = true;
				i = end;
			}
			else {
				i += width;
			}
		}
		return new NamePinyin(out, Math.min(surnameLength, out.size()));
	}

	/**
	 * The key names sort by: preferred readings, syllables separated by a space so that
	 * 李安 ({@code li an}) sorts before 连 ({@code lian}).
	 */
	public String sortKey() {
		List<String> preferred = new ArrayList<>();
		for (List<String> s : syllables) {
			preferred.add(s.get(0));
		}
		return String.join(" ", preferred);
	}

	/** The preferred full pinyin without spaces: {@code shanxiongxin}. */
	public String full() {
		return String.join("", preferredSyllables());
	}

	/** The preferred initials: {@code sxx}. */
	public String initials() {
		return initialsOf(preferredSyllables());
	}

	/**
	 * Full spellings, the preferred first, then those with one syllable read another way
	 * (单 as "dan" or "chan"), at most {@value #MAX_VARIANTS}.
	 */
	public List<String> variants() {
		Set<String> out = new LinkedHashSet<>();
		for (List<String> spelling : spellings()) {
			out.add(String.join("", spelling));
		}
		return List.copyOf(out);
	}

	/** Initials of every spelling in {@link #variants()}: {@code sxx}, {@code dxx}… */
	public List<String> initialsVariants() {
		Set<String> out = new LinkedHashSet<>();
		for (List<String> spelling : spellings()) {
			out.add(initialsOf(spelling));
		}
		return List.copyOf(out);
	}

	/**
	 * The surname spelled in full and the given name by initials ({@code zhangsf}), as
	 * pinyin input methods allow.
	 */
	public String surnameFullGivenInitials() {
		if (syllables.size() <= surnameLength) {
			return full();
		}
		List<String> preferred = preferredSyllables();
		return String.join("", preferred.subList(0, surnameLength))
				+ initialsOf(preferred.subList(surnameLength, preferred.size()));
	}

	public boolean isEmpty() {
		return syllables.isEmpty();
	}

	private List<String> preferredSyllables() {
		return syllables.stream().map(s -> s.get(0)).toList();
	}

	private List<List<String>> spellings() {
		List<List<String>> out = new ArrayList<>();
		List<String> preferred = preferredSyllables();
		out.add(preferred);
		for (int i = 0; i < syllables.size() && out.size() < MAX_VARIANTS; i++) {
			List<String> readings = syllables.get(i);
			for (int r = 1; r < readings.size() && out.size() < MAX_VARIANTS; r++) {
				List<String> other = new ArrayList<>(preferred);
				other.set(i, readings.get(r));
				out.add(other);
			}
		}
		// ü is typed "v" by most input methods and "u" by some
		List<List<String>> withU = new ArrayList<>();
		for (List<String> spelling : out) {
			if (spelling.stream().anyMatch(s -> s.contains("v"))) {
				withU.add(spelling.stream().map(s -> s.replace('v', 'u')).toList());
			}
		}
		for (List<String> spelling : withU) {
			if (out.size() < MAX_VARIANTS) {
				out.add(spelling);
			}
		}
		return out;
	}

	private static String initialsOf(List<String> spelling) {
		StringBuilder out = new StringBuilder();
		for (String s : spelling) {
			out.appendCodePoint(s.codePointAt(0));
		}
		return out.toString();
	}

	private static List<String> withPreferred(String preferred, String[] readings) {
		Set<String> out = new LinkedHashSet<>();
		if (preferred != null) {
			out.add(preferred);
		}
		for (String r : readings) {
			out.add(r);
		}
		return List.copyOf(out);
	}

	private static String[] readings(char ch) {
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
			if (readings == null) {
				return new String[0];
			}
			// pinyin4j spells some finals oddly without tones ("lve"), which input
			// methods do
			// not; drop readings that are not plain letters
			return java.util.Arrays.stream(readings).filter(r -> r.matches("[a-z]+")).distinct().toArray(String[]::new);
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Folds full-width letters and digits (typed with a Chinese input method) to ASCII.
	 */
	static String normalize(String text) {
		return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static String[] r(String... readings) {
		return readings;
	}

}
