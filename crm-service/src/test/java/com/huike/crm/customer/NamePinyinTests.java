package com.huike.crm.customer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamePinyinTests {

	@ParameterizedTest
	@CsvSource({ "单雄信, shan xiong xin", "曾国藩, zeng guo fan", "解缙, xie jin", "区志强, ou zhi qiang", "仇英, qiu ying",
			"朴正熙, piao zheng xi", "查良镛, zha liang yong", "盖聂, ge nie", "乐嘉, yue jia", "覃海洋, qin hai yang",
			"翟志刚, zhai zhi gang", "缪可, miao ke", "尉迟恭, yu chi gong", "万俟卨, mo qi xie", "长孙无忌, zhang sun wu ji",
			"单于乐, chan yu le", "欧阳修, ou yang xiu", "诸葛亮, zhu ge liang" })
	void surnamesAreReadAsSurnames(String name, String sortKey) {
		assertThat(NamePinyin.ofName(name).sortKey()).isEqualTo(sortKey);
	}

	@Test
	void theSameCharacterInAGivenNameKeepsItsEverydayReading() {
		assertThat(NamePinyin.ofName("李乐").sortKey()).isEqualTo("li le");
		assertThat(NamePinyin.ofName("王单").sortKey()).isEqualTo("wang dan");
		assertThat(NamePinyin.ofName("张长江").sortKey()).isEqualTo("zhang chang jiang");
	}

	@Test
	void otherReadingsOfAPolyphonicSurnameStaySearchable() {
		NamePinyin pinyin = NamePinyin.ofName("单雄信");
		assertThat(pinyin.full()).isEqualTo("shanxiongxin");
		assertThat(pinyin.variants()).startsWith("shanxiongxin").contains("danxiongxin", "chanxiongxin");
		assertThat(pinyin.initials()).isEqualTo("sxx");
		assertThat(pinyin.initialsVariants()).startsWith("sxx").contains("dxx", "cxx");
		assertThat(NamePinyin.ofName("曾国藩").variants()).contains("cengguofan");
	}

	@Test
	void initialsTakeTheFirstLetterOfEachSyllable() {
		assertThat(NamePinyin.ofName("张三丰").initials()).isEqualTo("zsf");
		assertThat(NamePinyin.ofName("张三丰").surnameFullGivenInitials()).isEqualTo("zhangsf");
		assertThat(NamePinyin.ofName("欧阳修").surnameFullGivenInitials()).isEqualTo("ouyangx");
		assertThat(NamePinyin.ofName("尉迟恭").initials()).isEqualTo("ycg");
	}

	@Test
	void latinWordsAreOneSyllableEach() {
		NamePinyin mixed = NamePinyin.ofName("王Tony");
		assertThat(mixed.sortKey()).isEqualTo("wang tony");
		assertThat(mixed.full()).isEqualTo("wangtony");
		assertThat(mixed.initials()).isEqualTo("wt");
		assertThat(NamePinyin.ofName("Tony Wang").sortKey()).isEqualTo("tony wang");
		assertThat(NamePinyin.ofName("ＡＢＣ李").sortKey()).isEqualTo("abc li");
		assertThat(NamePinyin.ofName("买买提·艾力").sortKey()).isEqualTo("mai mai ti ai li");
	}

	@Test
	void umlautIsTypedAsVOrU() {
		NamePinyin lv = NamePinyin.ofName("吕布");
		assertThat(lv.sortKey()).isEqualTo("lv bu");
		assertThat(lv.variants()).contains("lvbu", "lubu");
	}

	@Test
	void syllablesAreSeparatedSoNamesSortSyllableBySyllable() {
		String lian = NamePinyin.ofName("连").sortKey();
		String liAn = NamePinyin.ofName("李安").sortKey();
		assertThat(liAn).isLessThan(lian);
		// pinyin order, not the order of the characters' code points (曾 U+66FE > 张
		// U+5F20)
		assertThat(NamePinyin.ofName("曾明").sortKey()).isLessThan(NamePinyin.ofName("张明").sortKey());
	}

}
